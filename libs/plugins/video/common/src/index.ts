export * from './lib/video.activity';
