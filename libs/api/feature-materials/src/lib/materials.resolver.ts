import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, CurrentPrincipal, GraphQLRequestContext, loaderFor, Principal, RequireRoles, SignedUrls } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { MATERIAL_URL_PURPOSE } from './download/material-files.controller';
import { MaterialDTO, MaterialFilterInput, MaterialPageDTO, MaterialPageInput, MaterialVersionDTO, UpdateMaterialInput } from './dto/material.dto';
import { MaterialAccessService } from './material-access.service';
import { toMaterialDTO, toVersionDTO } from './material-mapper';
import { MaterialsService } from './materials.service';

/** How long a download URL works: long enough to start a video, short enough that a shared link soon dies. */
export const DOWNLOAD_URL_TTL_SECONDS = 600;
const LIBRARY_USERS = [Role.TRAINER, Role.PARTNER, Role.ADMIN] as const;

/**
 * The materials library. Gate: trainers, partner staff and admins. Object rules (MaterialAccessService): partner
 * staff see and manage their institution's library, trainers read shared materials, admins everything; anything
 * else is NOT_FOUND.
 */
@Resolver(() => MaterialDTO)
export class MaterialsResolver {
  constructor(
    private readonly library: MaterialsService,
    private readonly access: MaterialAccessService,
  ) {}

  @RequireRoles(...LIBRARY_USERS)
  @Query(() => MaterialPageDTO, { description: 'The materials the caller may see, newest change first' })
  async materials(
    @CurrentPrincipal() principal: Principal,
    @Args('filter', { type: () => MaterialFilterInput, nullable: true }) filter: MaterialFilterInput | null,
    @Args('page', { type: () => MaterialPageInput, nullable: true }) page: MaterialPageInput | null,
  ): Promise<MaterialPageDTO> {
    const result = await this.library.list(principal, filter, page ?? { offset: 0, limit: 20 });
    return { items: result.items.map(toMaterialDTO), total: result.total };
  }

  @RequireRoles(...LIBRARY_USERS)
  @Query(() => MaterialDTO, { description: 'NOT_FOUND unless the caller may read it' })
  async material(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<MaterialDTO> {
    return toMaterialDTO((await this.access.readable(principal, id)).material);
  }

  @RequireRoles(...LIBRARY_USERS)
  @Query(() => [String], { description: 'Topics of the materials the caller may see, for the filter' })
  materialTopics(@CurrentPrincipal() principal: Principal): Promise<string[]> {
    return this.library.topics(principal);
  }

  @RequireRoles(Role.PARTNER, Role.ADMIN)
  @Mutation(() => MaterialDTO, { description: 'Partner staff of its institution and admins' })
  async updateMaterial(@CurrentPrincipal() principal: Principal, @Args('input') input: UpdateMaterialInput): Promise<MaterialDTO> {
    return toMaterialDTO(await this.library.update(principal, input));
  }

  @RequireRoles(Role.PARTNER, Role.ADMIN)
  @Mutation(() => MaterialDTO, { description: 'Hides it from trainers and from new courses; its files stay for courses that use them' })
  async archiveMaterial(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<MaterialDTO> {
    return toMaterialDTO(await this.library.archive(principal, id));
  }

  @ResolveField(() => String)
  async institutionName(@Parent() material: MaterialDTO, @Context() context: GraphQLRequestContext): Promise<string> {
    const loader = loaderFor<string, { id: string; name: string }>(context, 'material.institutionName', async (ids) => byKeys(ids, await this.library.institutionNames(ids), (row) => row.id));
    return (await loader.load(material.institutionId))?.name ?? '';
  }

  @ResolveField(() => MaterialVersionDTO, { nullable: true })
  async currentVersion(@Parent() material: MaterialDTO, @Context() context: GraphQLRequestContext): Promise<MaterialVersionDTO | null> {
    if (!material.currentVersionId) return null;
    const loader = loaderFor<string, MaterialVersionDTO>(context, 'material.currentVersion', async (ids) => byKeys(ids, (await this.library.versionsById(ids)).map(toVersionDTO), (row) => row.id));
    return loader.load(material.currentVersionId);
  }

  @ResolveField(() => [MaterialVersionDTO], { description: 'Newest first' })
  async versions(@Parent() material: MaterialDTO, @Context() context: GraphQLRequestContext): Promise<MaterialVersionDTO[]> {
    const loader = loaderFor<string, MaterialVersionDTO[]>(context, 'material.versions', async (ids) => {
      const grouped = new Map<string, MaterialVersionDTO[]>(ids.map((id) => [id, []]));
      for (const version of await this.library.versionsOf(ids)) grouped.get(version.materialId)?.push(toVersionDTO(version));
      return ids.map((id) => grouped.get(id) ?? []);
    });
    return (await loader.load(material.id)) ?? [];
  }
}

/** Fields of a version reached through a material the caller may read (the only way to reach one). */
@Resolver(() => MaterialVersionDTO)
export class MaterialVersionsResolver {
  constructor(
    private readonly materials: MaterialsService,
    private readonly signedUrls: SignedUrls,
  ) {}

  @ResolveField(() => String)
  async uploadedByName(@Parent() version: MaterialVersionDTO, @Context() context: GraphQLRequestContext): Promise<string> {
    const loader = loaderFor<string, { id: string; name: string }>(context, 'material.uploader', async (ids) => byKeys(ids, await this.materials.userNames(ids), (row) => row.id));
    return (await loader.load(version.uploadedById))?.name ?? '';
  }

  @ResolveField(() => String, { description: 'A same-origin URL that works for about ten minutes, for links, players and previews' })
  downloadUrl(@CurrentPrincipal() principal: Principal, @Parent() version: MaterialVersionDTO): string {
    return materialFileUrl(this.signedUrls.sign(MATERIAL_URL_PURPOSE, principal.userId, version.id, DOWNLOAD_URL_TTL_SECONDS), version.fileName);
  }
}

export function materialFileUrl(token: string, fileName: string): string {
  return `/materials/file/${token}/${encodeURIComponent(fileName)}`;
}
