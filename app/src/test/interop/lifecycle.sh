# The lifecycle scenario of `make test-interop`: run by bash with the real AWS CLI against `ec2-tutor serve`, and by
# `ec2-tutor run` through the built-in emulation on the same seed; the two transcripts must be identical.
ID=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64 --instance-type t3.micro --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]' --user-data 'echo hello from user data' --query 'Instances[0].InstanceId' --output text)

echo launched $ID

aws ec2 wait instance-running --instance-ids $ID

aws ec2 describe-instances --instance-ids $ID --query 'Reservations[0].Instances[0].[State.Name,InstanceType,Tags[0].Value]' --output text

aws ec2 stop-instances --instance-ids $ID --query 'StoppingInstances[0].CurrentState.Name' --output text

aws ec2 wait instance-stopped --instance-ids $ID

AMI=$(aws ec2 create-image --instance-id $ID --name web-image --no-reboot --query ImageId --output text)

echo image $AMI

aws ec2 wait image-available --image-ids $AMI

aws ec2 modify-image-attribute --image-id $AMI --launch-permission 'Add=[{UserId=444455556666}]'

aws ec2 describe-image-attribute --image-id $AMI --attribute launchPermission --query 'LaunchPermissions[0].UserId' --output text

THEIRS=$(aws ec2 run-instances --profile teammate --image-id $AMI --instance-type t3.micro --query 'Instances[0].InstanceId' --output text)

echo teammate launched $THEIRS

aws ec2 describe-instances --profile teammate --instance-ids $THEIRS --query 'Reservations[0].[OwnerId,Instances[0].ImageId]' --output text

aws ec2 deregister-image --image-id $AMI

aws ec2 describe-images --owners self --query 'length(Images)'

aws ec2 terminate-instances --instance-ids $ID --query 'TerminatingInstances[0].CurrentState.Name' --output text
