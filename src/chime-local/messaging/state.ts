/** The messaging group's collections in chime-local's store. */
export class MessagingState {}
