package org.ec2tutor.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.error.Ec2Errors;
import org.ec2tutor.cloud.sqs.SqsApi;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.CreateQueueRequest;
import software.amazon.awssdk.services.sqs.model.CreateQueueResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageResponse;
import software.amazon.awssdk.services.sqs.model.DeleteQueueRequest;
import software.amazon.awssdk.services.sqs.model.DeleteQueueResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesResponse;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlRequest;
import software.amazon.awssdk.services.sqs.model.GetQueueUrlResponse;
import software.amazon.awssdk.services.sqs.model.ListQueuesRequest;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.PurgeQueueRequest;
import software.amazon.awssdk.services.sqs.model.PurgeQueueResponse;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.SetQueueAttributesResponse;

/**
 * The real {@link SqsClient} on the simulated cloud: standard queues, their attributes and policy, and messages (send,
 * receive, delete, purge). Every other operation answers {@code OperationNotSimulated}.
 */
public final class SimulatedSqsClient implements SqsClient {

    private final Cloud cloud;
    private final Account account;
    private final Region region;
    private final RecordedCalls calls;

    private SimulatedSqsClient(Cloud cloud, Account account, Region region, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.region = region;
        this.calls = new RecordedCalls(cloud, account, region, caller, "sqs", MessagingExceptions::sqs);
    }

    /** A client whose calls are recorded as made through {@code surface} with the account's keys. */
    public static SqsClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return UnsimulatedOperations.guard(
                SqsClient.class,
                new SimulatedSqsClient(cloud, account, region, InProcessCallers.of(surface, account)),
                "SimulatedSqsClient[" + account.profile() + "@" + region + "]",
                op -> MessagingExceptions.sqs(Ec2Errors.notSimulated(op), cloud.newRequestId()));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private SqsApi api() {
        return cloud.sqs(account, region);
    }

    @Override
    public CreateQueueResponse createQueue(CreateQueueRequest r) {
        return calls.call(
                "CreateQueue",
                r,
                () -> CreateQueueResponse.builder()
                        .queueUrl(
                                api().createQueue(r.queueName(), r.hasAttributes() ? r.attributesAsStrings() : Map.of())
                                        .url())
                        .build());
    }

    @Override
    public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest r) {
        return calls.call(
                "GetQueueUrl",
                r,
                () -> GetQueueUrlResponse.builder()
                        .queueUrl(api().queueByName(r.queueName()).url())
                        .build());
    }

    @Override
    public ListQueuesResponse listQueues(ListQueuesRequest r) {
        return calls.call("ListQueues", r, () -> {
            List<String> urls = api().listQueues(r.queueNamePrefix()).stream()
                    .map(q -> q.url())
                    .toList();
            // SQS leaves QueueUrls out when there are none.
            return ListQueuesResponse.builder()
                    .queueUrls(urls.isEmpty() ? null : urls)
                    .build();
        });
    }

    @Override
    public DeleteQueueResponse deleteQueue(DeleteQueueRequest r) {
        return calls.call("DeleteQueue", r, () -> {
            api().deleteQueue(r.queueUrl());
            return DeleteQueueResponse.builder().build();
        });
    }

    @Override
    public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest r) {
        return calls.call("GetQueueAttributes", r, () -> {
            List<String> names = r.hasAttributeNames() ? r.attributeNamesAsStrings() : List.of();
            Map<String, String> attributes = api().attributes(r.queueUrl(), names);
            return GetQueueAttributesResponse.builder()
                    .attributesWithStrings(attributes.isEmpty() ? null : attributes)
                    .build();
        });
    }

    @Override
    public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest r) {
        return calls.call("SetQueueAttributes", r, () -> {
            api().setAttributes(r.queueUrl(), r.hasAttributes() ? r.attributesAsStrings() : Map.of());
            return SetQueueAttributesResponse.builder().build();
        });
    }

    @Override
    public SendMessageResponse sendMessage(SendMessageRequest r) {
        return calls.call("SendMessage", r, () -> {
            var m = api().send(r.queueUrl(), r.messageBody(), r.delaySeconds());
            return SendMessageResponse.builder()
                    .messageId(m.id())
                    .md5OfMessageBody(m.md5OfBody())
                    .build();
        });
    }

    @Override
    @SuppressWarnings("deprecation") // AttributeNames is deprecated but the CLI and scripts still send it
    public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest r) {
        return calls.call("ReceiveMessage", r, () -> {
            List<String> wanted = new ArrayList<>();
            if (r.hasAttributeNames()) {
                wanted.addAll(r.attributeNamesAsStrings());
            }
            if (r.hasMessageSystemAttributeNames()) {
                wanted.addAll(r.messageSystemAttributeNamesAsStrings());
            }
            List<Message> messages =
                    api().receive(r.queueUrl(), r.maxNumberOfMessages(), r.visibilityTimeout()).stream()
                            .map(m -> {
                                var b = Message.builder()
                                        .messageId(m.id())
                                        .receiptHandle(m.receiptHandle().orElseThrow())
                                        .md5OfBody(m.md5OfBody())
                                        .body(m.body());
                                Map<String, String> attributes = systemAttributes(m, wanted);
                                if (!attributes.isEmpty()) {
                                    b.attributesWithStrings(attributes);
                                }
                                return b.build();
                            })
                            .toList();
            // An empty receive answers no Messages member at all, as SQS does.
            return ReceiveMessageResponse.builder()
                    .messages(messages.isEmpty() ? null : messages)
                    .build();
        });
    }

    /** The message system attributes asked for ({@code All} for every one this simulator keeps). */
    private static Map<String, String> systemAttributes(org.ec2tutor.cloud.sqs.Message m, List<String> wanted) {
        boolean all = wanted.contains("All");
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> every = new LinkedHashMap<>();
        every.put("SenderId", "AIDAIT2UOQQY3AUEKVGXU");
        every.put("SentTimestamp", String.valueOf(m.sentAt().toEpochMilli()));
        every.put("ApproximateReceiveCount", String.valueOf(m.receiveCount()));
        every.put(
                "ApproximateFirstReceiveTimestamp",
                String.valueOf(m.firstReceivedAt().orElse(m.sentAt()).toEpochMilli()));
        every.forEach((k, v) -> {
            if (all || wanted.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public DeleteMessageResponse deleteMessage(DeleteMessageRequest r) {
        return calls.call("DeleteMessage", r, () -> {
            api().delete(r.queueUrl(), r.receiptHandle());
            return DeleteMessageResponse.builder().build();
        });
    }

    @Override
    public PurgeQueueResponse purgeQueue(PurgeQueueRequest r) {
        return calls.call("PurgeQueue", r, () -> {
            api().purge(r.queueUrl());
            return PurgeQueueResponse.builder().build();
        });
    }
}
