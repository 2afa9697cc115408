export { type SimulatorConfig, simulatorConfigFromEnv } from './config';
export { expectedQuestions, isValidAnswer } from './generator/answers';
export { createDefaultGenerator } from './generator/default-generator';
export { fitScore } from './generator/fit';
export { createLlmGenerator } from './generator/llm-generator';
export type * from './generator/types';
export { type Simulator, type SimulatorLogger, startSimulator } from './worker';
