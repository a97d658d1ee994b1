// Every migration in order. Append new files here; never reorder or edit.
import { migration001 } from './001-articles';
import { migration002 } from './002-assets';
import { migration003 } from './003-publication-settings';
import { migration004 } from './004-asset-released-at';
import { migration005 } from './005-app-sessions';
import { migration006 } from './006-article-summaries';
import { migration007 } from './007-desk';
import { migration008 } from './008-article-versions';
import { migration009 } from './009-published-at';
import { migration010 } from './010-search-index';
import { migration011 } from './011-checks';
import { migration012 } from './012-article-targets';
import { migration013 } from './013-section-targets';
import { migration014 } from './014-recount-words';
import { migration015 } from './015-search-chunks';
import { migration016 } from './016-accepted-flags';
import { migration017 } from './017-user-settings';
import { migration018 } from './018-search-pending';
import { migration019 } from './019-summaries-by-rowid';
import type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018, migration019];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
