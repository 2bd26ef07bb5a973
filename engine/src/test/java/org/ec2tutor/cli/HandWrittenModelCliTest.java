package org.ec2tutor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ec2tutor.sdk.model.ModelSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every hand-written Savings Plans, Cost Explorer and AWS Config model class prints as the CLI prints responses and binds back
 * from that JSON (what {@code --cli-input-json} and the options bind) unchanged.
 */
class HandWrittenModelCliTest {

    static List<Class<?>> classes() {
        return ModelSamples.classes();
    }

    @ParameterizedTest
    @MethodSource("classes")
    void everyMemberRoundTripsThroughTheCli(Class<?> modelClass) {
        SdkPojo sample = ModelSamples.sample(modelClass);
        ObjectNode json = SdkJson.toJson(sample);
        assertThat(json.size())
                .as("every member printed")
                .isEqualTo(sample.sdkFields().size());
        SdkPojo builder = ModelSamples.builder(modelClass);
        SdkJson.bind(builder, json, "");
        assertThat(((SdkBuilder<?, ?>) builder).build()).as(json.toString()).isEqualTo(sample);
    }
}
