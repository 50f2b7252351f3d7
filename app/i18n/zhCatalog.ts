// Everything the UI needs in Chinese, as one chunk loaded when the language is chosen (it would otherwise add
// ~7 KB gzip to every first screen).
import { stepLabelsZh } from './stepLabels.zh';
import { zh } from './zh';

export const zhCatalog = { messages: zh, stepLabels: stepLabelsZh };
