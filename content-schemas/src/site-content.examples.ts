import { zelfscanHelper } from './assessment.examples.ts'
import { md } from './markdown.ts'
import type { SiteContentInput } from './site-content.ts'
import { helpersTree } from './tree.examples.ts'

/**
 * A small but complete bundle: one or two documents of every kind, every reference pointing at
 * something that exists. Tests parse it with `SiteContentSchema`, so it stays valid; reference
 * tests break one link at a time. Every rich-text field kind holds at least one block.
 */
export const siteContentExample: SiteContentInput = {
  version: 1,
  generatedAt: '2026-11-29T12:00:00.000Z',
  settings: {
    organisationName: 'Slachtofferhulp Voorbeeld',
    adviceLine: { phone: '0900 0101', hours: 'Maandag tot en met vrijdag, 9.00 tot 17.00 uur', exampleData: true },
    quickExitUrl: 'https://www.google.nl/',
    navigation: { helpers: [{ label: 'Tips', href: '/voor-de-helpers/tips/' }] },
  },
  offences: [
    {
      slug: 'fraude',
      name: 'Fraude',
      summary: 'Iemand is opgelicht of bestolen via internet of telefoon.',
      searchTerms: ['oplichting'],
      order: 1,
    },
    { slug: 'woninginbraak', name: 'Woninginbraak', summary: 'Er is ingebroken in iemands huis.', order: 2 },
  ],
  checklists: [
    {
      slug: 'fraude',
      offence: 'fraude',
      title: 'Check wat u kunt doen bij fraude',
      summary: 'Wat u kunt doen als iemand in uw omgeving is opgelicht.',
      intro: md`Iemand in uw omgeving is opgelicht. Zo kunt u helpen.`,
      sections: [
        {
          title: 'De eerste dagen',
          items: [
            { id: 'bel-de-bank', title: 'Help met het blokkeren van de bankpas', body: md`Bel samen met de bank.` },
            {
              id: 'luister',
              title: 'Luister naar het verhaal',
              body: md`Lees ook [luisteren zonder oordeel](tips:luisteren-zonder-oordeel).`,
            },
          ],
        },
      ],
      relatedTips: ['luisteren-zonder-oordeel'],
      relatedVideos: ['ervaring-na-inbraak'],
    },
  ],
  tips: [
    {
      slug: 'luisteren-zonder-oordeel',
      title: 'Luister zonder te oordelen',
      summary: 'Luisteren helpt meer dan u denkt.',
      theme: 'reageren',
      platforms: ['helpers'],
      offences: ['fraude'],
      body: md`Laat de ander vertellen. Zie ook de [checklist bij fraude](checklists:fraude).`,
    },
  ],
  videos: [
    {
      slug: 'ervaring-na-inbraak',
      title: 'Ervaring: na de inbraak',
      summary: 'Marieke vertelt hoe haar buurman haar hielp na de inbraak.',
      kind: 'ervaringsverhaal',
      platforms: ['helpers'],
      offences: ['woninginbraak'],
      durationSeconds: 95,
      source: { type: 'external', provider: 'youtube', url: 'https://www.youtube.com/watch?v=voorbeeld' },
      captions: 'WEBVTT\n\n00:00.000 --> 00:04.000\nToen ik thuiskwam, stond de deur open.',
      transcript: md`Toen ik thuiskwam, stond de deur open.`,
    },
  ],
  stepPlans: [
    {
      slug: 'opvang-na-fraude-bij-ouderen',
      title: 'Opvang na fraude bij ouderen',
      summary: 'Wat je doet als een cliënt is opgelicht.',
      sectors: ['sociaal-werk'],
      offences: ['fraude'],
      phases: [
        {
          phase: 'acuut',
          intro: md`Handel dezelfde dag. Verwijs door naar [Slachtofferhulp](organisations:slachtofferhulp-voorbeeld).`,
          steps: [{ id: 'blokkeer-rekening', title: 'Laat de rekening blokkeren', body: md`Bel samen met de cliënt de bank.` }],
        },
        { phase: 'nazorg', steps: [{ id: 'bel-na-een-week', title: 'Bel na een week', body: md`Vraag hoe het gaat.` }] },
      ],
      organisations: ['slachtofferhulp-voorbeeld'],
    },
  ],
  signals: [
    {
      slug: 'slecht-slapen',
      title: 'Slaapt slecht of is steeds moe',
      category: 'lichamelijk',
      description: 'Iemand ligt lang wakker of is overdag erg moe.',
      whatToDo: md`Vraag ernaar. Lees het [stappenplan](step-plans:opvang-na-fraude-bij-ouderen).`,
      order: 1,
    },
  ],
  ervaringen: [
    {
      slug: 'elke-dag-even-langs',
      title: 'Elke dag even langs',
      summary: 'Een helper vertelt hoe korte bezoekjes zonder veel vragen haar vriendin hielpen na een inbraak.',
      theme: 'reageren',
      offences: ['woninginbraak'],
      body: md`Na de inbraak ging ik elke dag even langs. Ik vroeg niet veel en luisterde vooral.`,
    },
  ],
  externalServices: [
    {
      slug: 'online-cursus-basis',
      title: 'In 8 stappen beter helpen',
      description: 'De basis van de online cursus voor helpers.',
      url: 'https://cursus.example.nl/basis',
      platform: 'helpers',
      pillar: 'begeleiding-en-cursus',
      order: 1,
      exampleData: true,
    },
  ],
  organisations: [
    {
      slug: 'slachtofferhulp-voorbeeld',
      name: 'Slachtofferhulp Voorbeeld',
      description: 'Gratis hulp voor slachtoffers en hun naasten.',
      phone: '0900 0101',
      exampleData: true,
    },
    {
      slug: 'politie-voorbeeld',
      name: 'Politie Voorbeeld',
      description: 'Aangifte doen en hulp bij gevaar.',
      phone: '0900 8844',
      exampleData: true,
    },
    {
      slug: 'huisartsenpost-voorbeeld',
      name: 'Huisartsenpost Voorbeeld',
      description: 'Zorg buiten de openingstijden van de huisarts.',
      exampleData: true,
    },
  ],
  referralTrees: [helpersTree],
  assessments: [zelfscanHelper],
  newsletterIssues: [
    {
      slug: '1',
      number: 1,
      title: 'Nieuwsbrief januari: opvang na fraude',
      date: '2026-01-08',
      intro: md`In deze nieuwsbrief: wat je doet als een cliënt is opgelicht.`,
      items: [
        {
          title: 'Nieuw stappenplan',
          summary: 'Opvang na fraude bij ouderen, stap voor stap.',
          ref: { collection: 'step-plans', slug: 'opvang-na-fraude-bij-ouderen' },
        },
        { title: 'Meer weten', summary: 'Achtergrond over fraude.', url: 'https://www.example.nl/fraude' },
      ],
    },
  ],
  pages: [
    {
      slug: 'home',
      title: 'Voor de Helpers',
      summary: 'Hulp voor wie iemand helpt na een misdrijf.',
      platform: 'helpers',
      blocks: [
        { blockType: 'hero', title: 'U helpt iemand. Wij helpen u.' },
        { blockType: 'richText', body: md`Weet u niet waar u terecht kunt? Gebruik de [doorverwijstool](referral-trees:helpers).` },
        { blockType: 'offenceTiles', title: 'Check wat u kunt doen' },
      ],
    },
    {
      slug: 'home',
      title: 'Voor Professionals',
      summary: 'Hulp voor professionals die met slachtoffers werken.',
      platform: 'professionals',
      blocks: [
        {
          blockType: 'richText',
          body: md`Lees de [nieuwsbrief](newsletter-issues:1) en doe de [zelfscan](assessments:zelfscan-hoe-gaat-het-met-u).`,
        },
      ],
    },
  ],
}
