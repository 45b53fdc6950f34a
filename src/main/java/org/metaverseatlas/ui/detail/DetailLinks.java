package org.metaverseatlas.ui.detail;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;

/** Where the links of a pane lead: another pane, or a web address for the system browser. */
interface DetailLinks {
    void openInitiative(Initiative initiative);

    void openOrganization(Organization organization);

    /** Hands an http or https address to the system browser. */
    void openAddress(String address);

    /** Puts a text on the clipboard. */
    void copy(String text);
}
