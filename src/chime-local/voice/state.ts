/** The voice group's collections in chime-local's store. */
export class VoiceState {}
