import { Identity1764230400000 } from './1764230400000-identity';
import { Courses1764316800000 } from './1764316800000-courses';
import { Quiz1764403200000 } from './1764403200000-quiz';
import { Certificates1764489600000 } from './1764489600000-certificates';
import { LearningRecord1764576000000 } from './1764576000000-learning-record';
import { Supervision1764662400000 } from './1764662400000-supervision';
import { Audit1764748800000 } from './1764748800000-audit';
import { Materials1764835200000 } from './1764835200000-materials';
import { Scorm1764921600000 } from './1764921600000-scorm';

/** Every migration, in the order they run. Schema changes happen only here. */
export const MIGRATIONS = [Identity1764230400000, Courses1764316800000, Quiz1764403200000, Certificates1764489600000, LearningRecord1764576000000, Supervision1764662400000, Audit1764748800000, Materials1764835200000, Scorm1764921600000];
