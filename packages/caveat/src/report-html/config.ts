/** The `report` section of `caveat.config.*`: defaults of `caveat report`. */
import {z} from 'zod'

export const reportConfigSchema = z.strictObject({
  /** Report folder, relative to the project root (the config file's folder). */
  output: z.string().min(1).default('caveat-report'),
  /** Heading of the report's index. */
  title: z.string().min(1).optional()
})

export type ReportConfig = z.output<typeof reportConfigSchema>
