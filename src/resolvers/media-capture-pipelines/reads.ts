import type { RequestContext } from '../../context.ts';
import type { MediaCapturePipelineModel } from '../../loaders/media-capture-pipelines.ts';
import type { ForwardPage } from '../../loaders/shared/connection.ts';

/** GetMediaCapturePipeline; null when there is no such pipeline. */
export function getMediaCapturePipeline(
  ctx: RequestContext,
  mediaPipelineId: string,
): Promise<MediaCapturePipelineModel | null> {
  return ctx.loaders.mediaCapturePipeline.load(mediaPipelineId);
}

/** ListMediaCapturePipelines, as a connection. */
export function listMediaCapturePipelines(ctx: RequestContext, page: ForwardPage) {
  return ctx.loaders.listMediaCapturePipelines(page);
}
