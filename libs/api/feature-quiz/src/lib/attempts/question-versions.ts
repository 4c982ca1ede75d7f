import type { QuestionVersionEntity } from '../entities';

/**
 * The question versions an attempt's slots point at. A slot's version always exists (a foreign key with
 * RESTRICT guards it), so a missing one is a broken invariant, reported by name rather than as `undefined`.
 */
export class QuestionVersions {
  private readonly byId: ReadonlyMap<string, QuestionVersionEntity>;

  constructor(versions: readonly QuestionVersionEntity[]) {
    this.byId = new Map(versions.map((version) => [version.id, version]));
  }

  of(versionId: string): QuestionVersionEntity {
    const version = this.byId.get(versionId);
    if (!version) throw new Error(`Question version ${versionId} is missing although a quiz attempt refers to it`);
    return version;
  }

  find(versionId: string): QuestionVersionEntity | undefined {
    return this.byId.get(versionId);
  }
}
