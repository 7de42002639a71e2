import type { SeedImage } from './data/types.ts'

/** Alt text for every file in `cms/src/seed/media/` (the illustrations are abstract demo images). */
export const MEDIA_ALT: Record<string, string> = {
  'steun-aan-tafel.jpg': 'Illustratie: twee mensen zitten dicht bij elkaar aan tafel',
  'wandelen-samen.jpg': 'Illustratie: twee mensen lopen samen over een pad in het groen',
  'telefoon-in-hand.jpg': 'Illustratie: een telefoon met een open scherm',
  'kind-en-ouder.jpg': 'Illustratie: een volwassene en een kind naast elkaar',
  'team-overleg.jpg': 'Illustratie: drie collega’s in overleg aan een tafel',
  'poster-video.jpg': 'Illustratie: afspeelknop van een video',
  // Demo video files are 6-second placeholders: editors replace them with the real recordings.
  'ervaring-na-een-woninginbraak.mp4': 'Demovideo (tijdelijk): ervaringsverhaal na een woninginbraak',
  'mijn-moeder-werd-opgelicht.mp4': 'Demovideo (tijdelijk): een dochter vertelt hoe haar moeder werd opgelicht',
  'zo-reageert-u-als-iemand-vertelt.mp4': 'Demovideo (tijdelijk): voorbeeld van een gesprek waarin iemand vertelt wat er gebeurde',
  'wat-doet-schrik-met-je-lichaam.mp4': 'Demovideo (tijdelijk): animatie over schrik en stress in het lichaam',
  'hoe-werkt-een-aangifte.mp4': 'Demovideo (tijdelijk): uitleg over aangifte doen',
  'gesprek-met-een-leerling.mp4': 'Demovideo (tijdelijk): een mentor praat met een leerling',
  'concept.mp4': 'Demovideo (tijdelijk): concept',
}

/** Demo images for a few tips (the seed data itself names no images). */
export const TIP_IMAGES: Record<string, SeedImage> = {
  'luisteren-zonder-oordeel': { file: 'steun-aan-tafel.jpg', alt: MEDIA_ALT['steun-aan-tafel.jpg'] as string },
  'goed-voor-uzelf-zorgen': { file: 'wandelen-samen.jpg', alt: MEDIA_ALT['wandelen-samen.jpg'] as string },
  'de-juiste-hulp-vinden': { file: 'telefoon-in-hand.jpg', alt: MEDIA_ALT['telefoon-in-hand.jpg'] as string },
  'een-kind-helpen': { file: 'kind-en-ouder.jpg', alt: MEDIA_ALT['kind-en-ouder.jpg'] as string },
  'zorg-voor-jezelf-als-professional': { file: 'team-overleg.jpg', alt: MEDIA_ALT['team-overleg.jpg'] as string },
}
