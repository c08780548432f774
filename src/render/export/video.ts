/**
 * Video of the walk or of a nerve block, its timing, shared by the browser and the command line:
 * when each frame is (every frame drawn at its exact moment of the model, never captured in real
 * time, so the file plays at the speed asked whatever the machine) and what an export asks for
 * (./videoTiming.ts, small enough for the export menu). The frames' scenes are in
 * ./videoFrames.ts (loaded with the encoder); encoding lives with its platform: src/lib/video.ts
 * (WebCodecs) and cli/video.ts.
 */
export {
  DEFAULT_VIDEO_REQUEST,
  frameCount,
  frameModelS,
  playbackS,
  requestTiming,
  videoRequestProblem,
  type VideoRequest,
  type VideoSubject,
  type VideoTiming,
} from './videoTiming.ts';
