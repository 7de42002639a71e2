/**
 * Corrections to Payload's Dutch admin texts: no half-translated "Nieuw(e)" or "Succesvol
 * niet-gepubliceerd", no "Payload" in menus, and staff are addressed with "u" throughout.
 * Keys are Payload's (node_modules/@payloadcms/translations/dist/languages/nl.js); `{{label}}`
 * is filled in by Payload with the name of the collection or field.
 */
export const nlOverrides = {
  authentication: {
    accountVerified: 'Account geverifieerd.',
    emailVerified: 'E-mailadres geverifieerd.',
    newAccountCreated:
      'Er is een nieuw account voor u aangemaakt op <a href="{{serverURL}}">{{serverURL}}</a>. Klik op de volgende link, of plak het adres in uw browser, om uw e-mailadres te bevestigen: <a href="{{verificationURL}}">{{verificationURL}}</a><br> Daarna kunt u inloggen.',
    successfullyRegisteredFirstUser: 'De eerste gebruiker is aangemaakt.',
    verifiedSuccessfully: 'Geverifieerd',
    logoutSuccessful: 'U bent uitgelogd.',
    loggedOutSuccessfully: 'U bent uitgelogd.',
    passwordResetSuccessfully: 'Uw wachtwoord is opnieuw ingesteld.',
    successfullyUnlocked: 'Ontgrendeld.',
    tokenRefreshSuccessful: 'Uw sessie is verlengd.',
  },
  error: {
    insufficientClipboardPermissions: 'Geen toegang tot het klembord. Controleer de rechten voor het klembord in uw browser.',
  },
  fields: {
    addLabel: '{{label}} toevoegen',
    addNew: 'Nieuw',
    addNewLabel: '{{label}} toevoegen',
    newLabel: 'Nieuw: {{label}}',
    selectExistingLabel: 'Kies uit bestaande {{label}}',
    uploadNewLabel: 'Nieuw bestand uploaden: {{label}}',
  },
  general: {
    aboutToDeleteCount_many: 'U gaat {{count}} {{label}} verwijderen',
    aboutToDeleteCount_one: 'U gaat {{count}} {{label}} verwijderen',
    aboutToDeleteCount_other: 'U gaat {{count}} {{label}} verwijderen',
    createNewLabel: 'Nieuw: {{label}}',
    creatingNewLabel: 'Nieuw: {{label}}',
    currentlyEditing:
      'werkt nu aan dit document. Als u het overneemt, kan die persoon niet verder en raakt die misschien niet-opgeslagen wijzigingen kwijt.',
    deletedCountSuccessfully: '{{count}} {{label}} verwijderd.',
    deletedSuccessfully: 'Verwijderd.',
    payloadSettings: 'Instellingen',
    permanentlyDeletedCountSuccessfully: '{{count}} {{label}} voorgoed verwijderd.',
    resetPreferencesDescription: 'Hiermee zet u al uw voorkeuren terug naar de standaardinstellingen.',
    restoredCountSuccessfully: '{{count}} {{label}} teruggezet.',
    submissionSuccessful: 'Verstuurd.',
    successfullyCreated: '{{label}} aangemaakt.',
    successfullyReindexed: '{{count}} van {{total}} documenten uit {{collections}} opnieuw geïndexeerd; {{skips}} concepten overgeslagen.',
    successfullyDuplicated: '{{label}} gekopieerd.',
    titleDeleted: '{{label}} "{{title}}" verwijderd.',
    titleRestored: '{{label}} "{{title}}" teruggezet.',
    updatedCountSuccessfully: '{{count}} {{label}} bijgewerkt.',
    updatedSuccessfully: 'Opgeslagen.',
  },
  upload: {
    bulkUpload: 'Meerdere bestanden uploaden',
  },
  version: {
    aboutToUnpublishSelection: 'U gaat de publicatie van alle {{label}} in de selectie intrekken. Weet u het zeker?',
    unpublish: 'Publicatie intrekken',
    aboutToPublishSelection: 'U gaat alle {{label}} in de selectie publiceren. Weet u het zeker?',
    autosavedSuccessfully: 'Automatisch opgeslagen.',
    draftSavedSuccessfully: 'Concept opgeslagen.',
    restoredSuccessfully: 'Teruggezet.',
    scheduledSuccessfully: 'Gepland.',
    unpublishedSuccessfully: 'Publicatie ingetrokken.',
  },
}
