package org.ec2tutor.sdk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ec2tutor.cloud.Account;
import org.ec2tutor.cloud.ApiCall;
import org.ec2tutor.cloud.Caller;
import org.ec2tutor.cloud.Cloud;
import org.ec2tutor.cloud.Region;
import org.ec2tutor.cloud.ec2.Page;
import org.ec2tutor.cloud.ec2.RegionOptIns;
import org.ec2tutor.cloud.error.AccountErrors;
import org.ec2tutor.cloud.error.AwsException;
import org.ec2tutor.sdk.model.account.AccountClient;
import org.ec2tutor.sdk.model.account.AccountException;
import org.ec2tutor.sdk.model.account.DisableRegionRequest;
import org.ec2tutor.sdk.model.account.DisableRegionResponse;
import org.ec2tutor.sdk.model.account.EnableRegionRequest;
import org.ec2tutor.sdk.model.account.EnableRegionResponse;
import org.ec2tutor.sdk.model.account.GetRegionOptStatusRequest;
import org.ec2tutor.sdk.model.account.GetRegionOptStatusResponse;
import org.ec2tutor.sdk.model.account.ListRegionsRequest;
import org.ec2tutor.sdk.model.account.ListRegionsResponse;

/**
 * An {@link AccountClient} on the simulated cloud: the account's Regions and their opt-in status, enabling and
 * disabling opt-in Regions. Account Management is global: its calls are recorded in us-east-1, whatever Region the
 * client was made for. Errors are {@link AccountException}s with the service's codes.
 */
public final class SimulatedAccountClient implements AccountClient {

    private final Cloud cloud;
    private final Account account;
    private final Caller caller;

    private SimulatedAccountClient(Cloud cloud, Account account, Caller caller) {
        this.cloud = cloud;
        this.account = account;
        this.caller = caller;
    }

    /** A client whose calls are recorded as made from {@code surface}. */
    public static AccountClient create(Cloud cloud, Account account, Region region, Caller.Surface surface) {
        return new SimulatedAccountClient(cloud, account, InProcessCallers.of(surface, account));
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
        // The cloud outlives its clients.
    }

    private <T> T call(String operation, String accountId, Function<Instant, T> body) {
        return cloud.transact(() -> {
            Instant at = cloud.now();
            Caller who = CallerContext.current().orElse(caller);
            try {
                checkAccountId(accountId);
                T result = body.apply(at);
                cloud.apiCalls()
                        .record(new ApiCall(
                                at, account.id(), Region.US_EAST_1, "account", operation, Optional.empty(), who));
                return result;
            } catch (AwsException e) {
                cloud.apiCalls()
                        .record(new ApiCall(
                                at,
                                account.id(),
                                Region.US_EAST_1,
                                "account",
                                operation,
                                Optional.of(e.code().code()),
                                who));
                throw AccountException.of(
                        e.code().code(), e.getMessage(), e.code().httpStatus(), cloud.newRequestId());
            }
        });
    }

    /** The simulated accounts are standalone: they manage their own Regions only (the AccountId may name it). */
    private void checkAccountId(String accountId) {
        if (accountId == null) {
            return;
        }
        if (!accountId.matches("\\d{12}")) {
            throw AccountErrors.malformedAccountId(accountId);
        }
        if (!accountId.equals(account.id().value())) {
            throw AccountErrors.otherAccount(accountId);
        }
    }

    private RegionOptIns optIns() {
        return cloud.ec2World().regionOptIns();
    }

    @Override
    public ListRegionsResponse listRegions(ListRegionsRequest r) {
        return call("ListRegions", r.accountId(), now -> {
            Page<RegionOptIns.Listed> page = optIns().list(
                            account.id(),
                            r.regionOptStatusContains(),
                            Optional.ofNullable(r.maxResults()),
                            Optional.ofNullable(r.nextToken()),
                            now);
            List<org.ec2tutor.sdk.model.account.Region> out = new ArrayList<>();
            for (RegionOptIns.Listed l : page.items()) {
                out.add(org.ec2tutor.sdk.model.account.Region.builder()
                        .regionName(l.region().id())
                        .regionOptStatus(l.status().name())
                        .build());
            }
            return ListRegionsResponse.builder()
                    .regions(out)
                    .nextToken(page.nextToken().orElse(null))
                    .build();
        });
    }

    @Override
    public GetRegionOptStatusResponse getRegionOptStatus(GetRegionOptStatusRequest r) {
        return call("GetRegionOptStatus", r.accountId(), now -> {
            Region region = RegionOptIns.known(r.regionName());
            return GetRegionOptStatusResponse.builder()
                    .regionName(region.id())
                    .regionOptStatus(optIns().status(account.id(), region, now).name())
                    .build();
        });
    }

    @Override
    public EnableRegionResponse enableRegion(EnableRegionRequest r) {
        return call("EnableRegion", r.accountId(), now -> {
            optIns().requestEnable(account.id(), r.regionName(), now);
            return EnableRegionResponse.builder().build();
        });
    }

    @Override
    public DisableRegionResponse disableRegion(DisableRegionRequest r) {
        return call("DisableRegion", r.accountId(), now -> {
            optIns().requestDisable(account.id(), r.regionName(), now);
            return DisableRegionResponse.builder().build();
        });
    }
}
