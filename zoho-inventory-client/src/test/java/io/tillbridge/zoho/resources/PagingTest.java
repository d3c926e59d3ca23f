package io.tillbridge.zoho.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.tillbridge.zoho.ZohoInventoryClient;
import io.tillbridge.zoho.ZohoStubs;
import io.tillbridge.zoho.model.Item;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {

    @RegisterExtension
    static WireMockExtension stub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String page(int page, int count, boolean more) {
        String items = IntStream.range(0, count).mapToObj(i -> "{\"item_id\":\"" + page + "-" + i + "\",\"name\":\"n\",\"rate\":\"1.50\"}")
                .collect(Collectors.joining(","));
        return "{\"code\":0,\"message\":\"success\",\"items\":[" + items + "],\"page_context\":{\"page\":" + page
                + ",\"per_page\":200,\"has_more_page\":" + more + "}}";
    }

    @Test
    void walksThreePagesLazilyUntilHasMorePageIsFalse() {
        ZohoStubs.tokenEndpoint(stub, "tok");
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items")).withQueryParam("page", WireMock.equalTo("1")).willReturn(okJson(page(1, 200, true))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items")).withQueryParam("page", WireMock.equalTo("2")).willReturn(okJson(page(2, 200, true))));
        stub.stubFor(get(urlPathEqualTo("/inventory/v1/items")).withQueryParam("page", WireMock.equalTo("3")).willReturn(okJson(page(3, 17, false))));
        ZohoInventoryClient zoho = ZohoStubs.client(stub).build();

        Iterator<Item> items = zoho.items().list(ListQuery.ALL).iterator();
        assertThat(items.next().itemId()).isEqualTo("1-0");
        stub.verify(1, getRequestedFor(urlPathEqualTo("/inventory/v1/items"))); // page 2 not fetched yet

        List<Item> all = zoho.items().list(ListQuery.ALL).toList();
        assertThat(all).hasSize(417);
        assertThat(all.get(416).itemId()).isEqualTo("3-16");
        stub.verify(getRequestedFor(urlPathEqualTo("/inventory/v1/items")).withQueryParam("per_page", WireMock.equalTo("200")));
        Page<Item> third = zoho.items().page(ListQuery.ALL, 3);
        assertThat(third.hasMore()).isFalse();
        assertThat(third.page()).isEqualTo(3);
    }
}
