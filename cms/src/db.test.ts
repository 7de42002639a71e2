import { describe, expect, it } from 'vitest'
import { databaseAdapter } from './db.ts'
import { readEnv } from './env.ts'

const env = (DATABASE_URI: string) => readEnv({ PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_URI })

describe('database choice', () => {
  it('uses SQLite for a file: URI (the embedded default)', () => {
    expect(databaseAdapter(env('file:/tmp/x.db')).name).toBe('sqlite')
  })
  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseAdapter(env('mongodb://localhost:27017/hp')).name).toBe('mongoose')
    expect(databaseAdapter(env('mongodb+srv://u:p@cluster.example.net/hp')).name).toBe('mongoose')
  })
  it('refuses anything else with a message naming the variable', () => {
    expect(() => env('postgres://localhost/hp')).toThrow(/DATABASE_URI: moet beginnen met .* must start with/)
  })
  it('refuses a short secret', () => {
    expect(() => readEnv({ PAYLOAD_SECRET: 'short' })).toThrow(/PAYLOAD_SECRET: moet minstens 32 tekens .* at least 32/)
  })
})
