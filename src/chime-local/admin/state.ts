/** The admin group's collections in chime-local's store. */
export class AdminState {}
