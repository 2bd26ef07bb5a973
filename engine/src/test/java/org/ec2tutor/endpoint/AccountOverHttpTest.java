package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ec2tutor.cloud.ec2.RegionOptIns;
import org.ec2tutor.sdk.AccessKey;
import org.ec2tutor.sdk.AccessKeys;
import org.ec2tutor.sdk.SimulatedAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Account Management's REST-JSON as the AWS CLI sends it ({@code POST /enableRegion} with a JSON body, signed for
 * {@code account}): the Region opt-in lifecycle and the service's errors in botocore's rest-json error shape.
 */
class AccountOverHttpTest {

    private final SimulatedAws aws = SimulatedAws.create(19);
    private final Endpoint endpoint = EndpointSdkTest.start(aws);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        AccessKey k = AccessKeys.forProfile("default").orElseThrow();
        return HttpClients.post(
                endpoint,
                k.accessKeyId(),
                k.secretAccessKey(),
                "account",
                path,
                Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void enableARegionOverTheWire() throws Exception {
        HttpResponse<String> status = post("/getRegionOptStatus", "{\"RegionName\":\"ap-east-1\"}");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).isEqualTo("{\"RegionName\":\"ap-east-1\",\"RegionOptStatus\":\"DISABLED\"}");

        java.time.Instant before = aws.now();
        HttpResponse<String> enable = post("/enableRegion", "{\"RegionName\":\"ap-east-1\"}");
        assertThat(enable.statusCode()).isEqualTo(200);
        assertThat(aws.account("default", "us-east-1")
                        .getRegionOptStatus(b -> b.regionName("ap-east-1"))
                        .regionOptStatus())
                .isEqualTo("ENABLING");
        // A read over HTTP waits as a poller would (PollClock): the change completes within its horizon.
        assertThat(post("/listRegions", "{\"RegionOptStatusContains\":[\"ENABLED\"]}")
                        .body())
                .isEqualTo("{\"Regions\":[{\"RegionName\":\"ap-east-1\",\"RegionOptStatus\":\"ENABLED\"}]}");
        assertThat(aws.now()).isAfterOrEqualTo(before.plus(RegionOptIns.ENABLING_TIME));
    }

    @Test
    void errorsCarryTheServiceCodeAndStatus() throws Exception {
        HttpResponse<String> byDefault = post("/enableRegion", "{\"RegionName\":\"us-west-2\"}");
        assertThat(byDefault.statusCode()).isEqualTo(400);
        assertThat(byDefault.body())
                .startsWith("{\"__type\":\"ValidationException\",\"message\":\"The Region us-west-2");

        post("/enableRegion", "{\"RegionName\":\"ap-east-1\"}");
        HttpResponse<String> conflict = post("/disableRegion", "{\"RegionName\":\"ap-east-1\"}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).startsWith("{\"__type\":\"ConflictException\"");

        HttpResponse<String> unknown = post("/closeAccount", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("UnknownOperationException");
    }
}
