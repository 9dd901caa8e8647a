// The public face of the event catalogue, for the renderer's telemetry and the hub's collector.

export * from './catalogue';
export * from './envelope';
export * from './fields';
