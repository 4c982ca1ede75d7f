export * from './lib/video.server-activity';
