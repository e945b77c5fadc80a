export * from './image-type.js';
