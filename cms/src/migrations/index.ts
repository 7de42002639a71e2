import * as migration_20261129_181700_initial from './20261129_181700_initial';
import * as migration_20261129_184408_build_status from './20261129_184408_build_status';
import * as migration_20261129_190219_previous_slugs from './20261129_190219_previous_slugs';
import * as migration_20261129_191102_newsletter from './20261129_191102_newsletter';
import * as migration_20261207_121327_rate_limits_search_synonyms from './20261207_121327_rate_limits_search_synonyms';
import * as migration_20261207_125928_external_services_build_problems from './20261207_125928_external_services_build_problems';
import * as migration_20261207_153554_wave2_editors_storage_share_health from './20261207_153554_wave2_editors_storage_share_health';
import * as migration_20261207_173441_build_status_reach from './20261207_173441_build_status_reach';
import * as migration_20261207_204057_delivery_claimed_by from './20261207_204057_delivery_claimed_by';

export const migrations = [
  {
    up: migration_20261129_181700_initial.up,
    down: migration_20261129_181700_initial.down,
    name: '20261129_181700_initial',
  },
  {
    up: migration_20261129_184408_build_status.up,
    down: migration_20261129_184408_build_status.down,
    name: '20261129_184408_build_status',
  },
  {
    up: migration_20261129_190219_previous_slugs.up,
    down: migration_20261129_190219_previous_slugs.down,
    name: '20261129_190219_previous_slugs',
  },
  {
    up: migration_20261129_191102_newsletter.up,
    down: migration_20261129_191102_newsletter.down,
    name: '20261129_191102_newsletter',
  },
  {
    up: migration_20261207_121327_rate_limits_search_synonyms.up,
    down: migration_20261207_121327_rate_limits_search_synonyms.down,
    name: '20261207_121327_rate_limits_search_synonyms',
  },
  {
    up: migration_20261207_125928_external_services_build_problems.up,
    down: migration_20261207_125928_external_services_build_problems.down,
    name: '20261207_125928_external_services_build_problems',
  },
  {
    up: migration_20261207_153554_wave2_editors_storage_share_health.up,
    down: migration_20261207_153554_wave2_editors_storage_share_health.down,
    name: '20261207_153554_wave2_editors_storage_share_health',
  },
  {
    up: migration_20261207_173441_build_status_reach.up,
    down: migration_20261207_173441_build_status_reach.down,
    name: '20261207_173441_build_status_reach',
  },
  {
    up: migration_20261207_204057_delivery_claimed_by.up,
    down: migration_20261207_204057_delivery_claimed_by.down,
    name: '20261207_204057_delivery_claimed_by'
  },
];
