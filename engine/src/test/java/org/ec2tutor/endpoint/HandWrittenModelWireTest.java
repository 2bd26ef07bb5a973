package org.ec2tutor.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ec2tutor.sdk.model.ModelSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Every hand-written Savings Plans, Cost Explorer and AWS Config model class goes through the endpoint's JSON codec and back
 * unchanged: its SdkFields carry the location names and marshalling types the wire needs, as generated ones do.
 */
class HandWrittenModelWireTest {

    static List<Class<?>> classes() {
        return ModelSamples.classes();
    }

    @ParameterizedTest
    @MethodSource("classes")
    void everyMemberRoundTripsThroughTheWire(Class<?> modelClass) throws Exception {
        SdkPojo sample = ModelSamples.sample(modelClass);
        String json = JsonCodec.write(sample).toString();
        Object back = JsonCodec.bind(ModelSamples.builder(modelClass), Json.MAPPER.readTree(json));
        assertThat(back).as(json).isEqualTo(sample);
        // Responses of operations without output (PutConfigRule) have no members at all.
        for (var field : sample.sdkFields()) {
            assertThat(json).as("every member is on the wire").contains("\"" + field.locationName() + "\"");
        }
    }
}
