package org.metaverseatlas.ui.detail;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebAddressTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://en.haizhu.gov.cn/news/1.html", "https://www.coinyuppie.com/metaverse/",
            "HTTPS://EXAMPLE.ORG", "https://example.org/路径?q=元宇宙"})
    void httpAndHttpsAddressesOpenInTheBrowser(String address) {
        assertThat(WebAddress.isOpenable(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "mailto:press@example.org",
            "ftp://example.org/a.txt", "www.example.org", "/news/1.html", "https://", "http:///path",
            " https://example.org", "https://exa mple.org"})
    void anythingElseStaysPlainText(String address) {
        assertThat(WebAddress.isOpenable(address)).isFalse();
    }
}
