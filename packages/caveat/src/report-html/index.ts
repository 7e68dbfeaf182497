/** The reviewer's HTML report: `caveat report`, `caveat lint --format html` and the site preview's `/_review/`. */
export {renderReviewReport, renderReviewReportPage, type ReviewReport, type ReviewReportOptions} from './render.js'
export {renderArticle, type RenderedArticle, type RenderArticleOptions, type Finding} from './render-article.js'
export {summarise as summariseArticles, claimCategories, riskFormula, type ArticleSummary, type ArticleCounts, type HighlightCategory} from './model.js'
export {writeReportFolder, ReportFolderError} from './write.js'
export {readSources, readA11yReport} from './build.js'
export {html, writeHtmlFormat, type HtmlFormatOptions} from './format.js'
export {writeReviewFolder, type ReportFolderOptions} from './command.js'
export {reportConfigSchema, type ReportConfig} from './config.js'
