package org.ec2tutor.cloud.ec2;

/** The previous and current state of one instance after Start/Stop/TerminateInstances. */
public record StateChange(String instanceId, InstanceState previous, InstanceState current) {}
