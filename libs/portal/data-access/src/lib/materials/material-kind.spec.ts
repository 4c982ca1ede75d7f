import { MATERIAL_SIZE_LIMITS, inferMaterialKind, materialFileProblem, titleFromFileName, uploadKind } from './material-kind';

describe('material kinds', () => {
  it('infers the kind from the extension, whatever its case', () => {
    expect(inferMaterialKind('Modul 1.PDF')).toBe('DOCUMENT');
    expect(inferMaterialKind('paparan.pptx')).toBe('SLIDES');
    expect(inferMaterialKind('rekaman.webm')).toBe('VIDEO');
    expect(inferMaterialKind('wawancara.m4a')).toBe('AUDIO');
    expect(inferMaterialKind('peta.jpeg')).toBe('IMAGE');
    expect(inferMaterialKind('golf.zip')).toBe('SCORM');
    expect(inferMaterialKind('program.exe')).toBeNull();
    expect(inferMaterialKind('no-extension')).toBeNull();
  });

  it('turns a file name into a readable title', () => {
    expect(titleFromFileName('Pengelolaan_proyek__desa.pdf')).toBe('Pengelolaan proyek desa');
    expect(titleFromFileName('.pdf')).toBe('.pdf');
  });

  it('refuses empty files, unknown kinds and files over the limit of their kind', () => {
    expect(materialFileProblem({ size: 0 }, 'DOCUMENT')).toBe('empty');
    expect(materialFileProblem({ size: 10 }, null)).toBe('unknownKind');
    expect(materialFileProblem({ size: MATERIAL_SIZE_LIMITS.IMAGE + 1 }, 'IMAGE')).toBe('tooLarge');
    expect(materialFileProblem({ size: MATERIAL_SIZE_LIMITS.IMAGE + 1 }, 'VIDEO')).toBeNull();
  });

  it('speaks lower case in the tus metadata', () => {
    expect(uploadKind('SCORM')).toBe('scorm');
  });
});
