/**
 * The Jupyter kernel of ec2-tutor (messaging protocol 5.3 over JeroMQ). Empty until the kernel issue: it will hold
 * the pure wire codec, the sockets, one handler per request type, and the kernelspec installer.
 */
package org.ec2tutor.kernel;
