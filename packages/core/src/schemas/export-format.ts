// The export formats a quiz can be downloaded in: the enum clients send and the server validates.
import { z } from 'zod';

export const EXPORT_FORMATS = ['moodle', 'gift', 'qti', 'csv-kahoot', 'csv-quizlet', 'anki', 'md', 'json'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
