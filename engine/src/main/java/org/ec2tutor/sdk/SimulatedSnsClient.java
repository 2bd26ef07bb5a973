package org.ec2tutor.sdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.sns.SnsApi;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.CreateTopicRequest;
import software.amazon.awssdk.services.sns.model.CreateTopicResponse;
import software.amazon.awssdk.services.sns.model.DeleteTopicRequest;
import software.amazon.awssdk.services.sns.model.DeleteTopicResponse;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesRequest;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsByTopicResponse;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsRequest;
import software.amazon.awssdk.services.sns.model.ListSubscriptionsResponse;
import software.amazon.awssdk.services.sns.model.ListTopicsRequest;
import software.amazon.awssdk.services.sns.model.ListTopicsResponse;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SetSubscriptionAttributesRequest;
import software.amazon.awssdk.services.sns.model.SetSubscriptionAttributesResponse;
import software.amazon.awssdk.services.sns.model.SetTopicAttributesRequest;
import software.amazon.awssdk.services.sns.model.SetTopicAttributesResponse;
import software.amazon.awssdk.services.sns.model.SubscribeRequest;
import software.amazon.awssdk.services.sns.model.SubscribeResponse;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;
import software.amazon.awssdk.services.sns.model.UnsubscribeRequest;
import software.amazon.awssdk.services.sns.model.UnsubscribeResponse;

/**
 * The real {@link SnsClient} on the simulated cloud: standard topics, their attributes and policy, SQS subscriptions
 * and Publish. Every other operation answers {@code OperationNotSimulated}.
 */
public final class SimulatedSnsClient implements SnsClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final RecordedCalls calls;

    private SimulatedSnsClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.calls = new RecordedCalls(cloud, account, region, caller, "sns", MessagingExceptions::sns);
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static SnsClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                SnsClient.class,
                new SimulatedSnsClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedSnsClient[" + account.profile() + "@" + region + "]",
                op -> MessagingExceptions.sns(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private SnsApi api() {
        return cloud.sns(account, region);
    }

    @Override
    public CreateTopicResponse createTopic(CreateTopicRequest r) {
        return calls.call(
                "CreateTopic",
                r,
                () -> CreateTopicResponse.builder()
                        .topicArn(api().createTopic(r.name(), r.hasAttributes() ? r.attributes() : Map.of())
                                .arn())
                        .build());
    }

    @Override
    public DeleteTopicResponse deleteTopic(DeleteTopicRequest r) {
        return calls.call("DeleteTopic", r, () -> {
            api().deleteTopic(r.topicArn());
            return DeleteTopicResponse.builder().build();
        });
    }

    @Override
    public ListTopicsResponse listTopics(ListTopicsRequest r) {
        return calls.call(
                "ListTopics",
                r,
                () -> ListTopicsResponse.builder()
                        .topics(api().listTopics().stream()
                                .map(t -> Topic.builder().topicArn(t.arn()).build())
                                .toList())
                        .build());
    }

    @Override
    public GetTopicAttributesResponse getTopicAttributes(GetTopicAttributesRequest r) {
        return calls.call("GetTopicAttributes", r, () -> {
            var t = api().topic(r.topicArn());
            Map<String, String> a = new LinkedHashMap<>();
            a.put("Policy", t.attribute("Policy"));
            a.put("Owner", t.owner().value());
            a.put("SubscriptionsPending", "0");
            a.put("TopicArn", t.arn());
            a.put("EffectiveDeliveryPolicy", EFFECTIVE_DELIVERY_POLICY);
            a.put("SubscriptionsConfirmed", String.valueOf(t.subscriptions().size()));
            a.put("DisplayName", t.attribute("DisplayName"));
            a.put("SubscriptionsDeleted", "0");
            return GetTopicAttributesResponse.builder().attributes(a).build();
        });
    }

    /** The delivery policy SNS reports for a topic that never set one. */
    private static final String EFFECTIVE_DELIVERY_POLICY =
            "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\""
                    + ":20,\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
                    + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
                    + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}";

    @Override
    public SetTopicAttributesResponse setTopicAttributes(SetTopicAttributesRequest r) {
        return calls.call("SetTopicAttributes", r, () -> {
            api().setAttribute(r.topicArn(), r.attributeName(), r.attributeValue());
            return SetTopicAttributesResponse.builder().build();
        });
    }

    @Override
    public SubscribeResponse subscribe(SubscribeRequest r) {
        return calls.call(
                "Subscribe",
                r,
                () -> SubscribeResponse.builder()
                        .subscriptionArn(api().subscribe(
                                        r.topicArn(),
                                        r.protocol(),
                                        r.endpoint(),
                                        r.hasAttributes() ? r.attributes() : Map.of())
                                .arn())
                        .build());
    }

    @Override
    public UnsubscribeResponse unsubscribe(UnsubscribeRequest r) {
        return calls.call("Unsubscribe", r, () -> {
            api().unsubscribe(r.subscriptionArn());
            return UnsubscribeResponse.builder().build();
        });
    }

    @Override
    public SetSubscriptionAttributesResponse setSubscriptionAttributes(SetSubscriptionAttributesRequest r) {
        return calls.call("SetSubscriptionAttributes", r, () -> {
            api().setSubscriptionAttribute(r.subscriptionArn(), r.attributeName(), r.attributeValue());
            return SetSubscriptionAttributesResponse.builder().build();
        });
    }

    @Override
    public ListSubscriptionsResponse listSubscriptions(ListSubscriptionsRequest r) {
        return calls.call(
                "ListSubscriptions",
                r,
                () -> ListSubscriptionsResponse.builder()
                        .subscriptions(subscriptions(api().subscriptions(null)))
                        .build());
    }

    @Override
    public ListSubscriptionsByTopicResponse listSubscriptionsByTopic(ListSubscriptionsByTopicRequest r) {
        return calls.call(
                "ListSubscriptionsByTopic",
                r,
                () -> ListSubscriptionsByTopicResponse.builder()
                        .subscriptions(subscriptions(api().subscriptions(r.topicArn())))
                        .build());
    }

    private static List<Subscription> subscriptions(List<org.ec2tutor.cloud.sns.Subscription> list) {
        return list.stream()
                .map(s -> Subscription.builder()
                        .subscriptionArn(s.arn())
                        .owner(s.owner())
                        .protocol(s.protocol())
                        .endpoint(s.endpoint())
                        .topicArn(s.topicArn())
                        .build())
                .toList();
    }

    @Override
    public PublishResponse publish(PublishRequest r) {
        return calls.call(
                "Publish",
                r,
                () -> PublishResponse.builder()
                        .messageId(api().publish(r.topicArn(), r.message(), r.subject()))
                        .build());
    }
}
