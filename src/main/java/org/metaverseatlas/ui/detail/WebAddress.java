package org.metaverseatlas.ui.detail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides which source addresses may be handed to the system browser: only well-formed http and https addresses
 * with a host. Anything else (file:, javascript:, mailto:, a bare word) is shown as plain text, never opened.
 */
public final class WebAddress {
    private WebAddress() {
    }

    public static boolean isOpenable(String address) {
        if (address == null || address.isBlank() || !address.equals(address.strip())) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
