import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The real image, where Docker is installed (the build machines have none: there
// container.int.spec.ts runs the same layout without Docker). Builds cms/Dockerfile's `web` target,
// starts it with only environment variables, waits for its HEALTHCHECK to say healthy and checks
// that it runs as a user other than root.
const hasDocker = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).status === 0
const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ROOT = path.dirname(CMS_DIR)
const TAG = `hp-cms-test:${process.pid}`
/** What an organisation sets (cms/.env.example); the database and media stay in the image's /data volume. */
const ENV = [
  'PAYLOAD_SECRET=docker-test-secret-docker-test-secret-01',
  'SERVER_URL=http://localhost:3000',
  'SITE_URL=https://www.example.org',
  'SMTP_HOST=127.0.0.1',
  'MAIL_FROM=Voor Professionals <nieuwsbrief@example.org>',
  'JOBS_AUTORUN=false',
]

describe('the CMS image (docker build)', () => {
  if (!hasDocker)
    console.warn(
      '\n[cms-int] Docker image test SKIPPED: no Docker here. The image layout is tested without Docker in container.int.spec.ts.\n',
    )

  it.skipIf(!hasDocker)(
    'builds, starts from environment variables alone, turns healthy and runs as a non-root user',
    async () => {
      execFileSync('docker', ['build', '--target', 'web', '-f', path.join(CMS_DIR, 'Dockerfile'), '-t', TAG, ROOT], { stdio: 'inherit' })
      const id = execFileSync('docker', ['run', '-d', ...ENV.flatMap((e) => ['-e', e]), TAG], { encoding: 'utf8' }).trim()
      try {
        const inspect = (format: string) => execFileSync('docker', ['inspect', '--format', format, id], { encoding: 'utf8' }).trim()
        const deadline = Date.now() + 300_000
        let health = ''
        while (Date.now() < deadline) {
          health = inspect('{{.State.Health.Status}}')
          if (health === 'healthy' || health === 'unhealthy') break
          await new Promise((r) => setTimeout(r, 2000))
        }
        expect(health).toBe('healthy')
        expect(execFileSync('docker', ['exec', id, 'id', '-u'], { encoding: 'utf8' }).trim()).not.toBe('0')
      } finally {
        spawnSync('docker', ['rm', '-f', id])
        spawnSync('docker', ['rmi', '-f', TAG])
      }
    },
    1_800_000,
  )
})
