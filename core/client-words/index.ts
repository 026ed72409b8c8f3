/** The client's plain words, shared by the client view and the client-facing documents. */
export * from './messages-en';
export * from './measure-words';
