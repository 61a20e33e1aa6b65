// What an exporter hands back: a file ready to be sent as a download.

/** A rendered export: `body` is text for the text formats and bytes for the QTI zip. */
export interface ExportedFile {
  filename: string;
  /** A MIME type with its charset where it is text, e.g. `text/csv; charset=utf-8`. */
  contentType: string;
  body: string | Uint8Array;
}
