/**
 * The partner libraries as course activities see them (document and video editors pick materials, learner views get
 * file addresses). Its own entry point: it loads with the course screens, without the library screens' uploader.
 */
export { LibraryMaterialsGateway, type LibraryMaterialChoice } from './lib/materials/library-materials.gateway';
