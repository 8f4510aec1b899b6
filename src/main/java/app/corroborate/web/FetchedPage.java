package app.corroborate.web;

import app.corroborate.source.WebProvenance;

/**
 * A page as the server sent it.
 *
 * @param contentType the media type the server declared, lower case without parameters; empty when it gave none
 * @param charset     the character set the server declared, or null
 * @param body        exactly the bytes received (never more than the fetcher's size limit)
 */
public record FetchedPage(WebProvenance provenance, String contentType, String charset, byte[] body) {}
