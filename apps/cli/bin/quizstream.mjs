#!/usr/bin/env node
// The `quizstream` launcher: registers tsx so the TypeScript entry runs as is, then hands over to it.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
