// Fails loudly when an entry point runs on a Node older than 22.12 (e.g. the system Node 20
// because a script was started directly instead of through npm, or npm ran with --ignore-scripts).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node 22.12 or newer, but runs on Node ${process.versions.node}.\n` +
      'Run commands through npm (npm start, npm test, npm run …): the repository pins Node 22 as a devDependency.\n' +
      'If you installed with --ignore-scripts, run `npm rebuild node` first.',
  )
  process.exit(1)
}
