package app.corroborate.source;

import java.time.Instant;

/**
 * Where a source fetched from the web came from: the address the editor gave, the address that answered after
 * redirects, and when it was fetched.
 */
public record WebProvenance(String address, String finalAddress, Instant retrieved) {

    /** True when the page answered from another address than the one asked for. */
    public boolean redirected() {
        return !address.equals(finalAddress);
    }
}
