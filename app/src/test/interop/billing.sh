# The Savings Plans and Cost Explorer scenario of `make test-interop`: run by bash with the real AWS CLI against
# `ec2-tutor serve`, and by `ec2-tutor run` through the built-in emulation on the same seed; the transcripts must be
# identical. Only what no clock move changes is printed: over HTTP every read moves a manual clock on (README).
aws savingsplans describe-savings-plans-offerings --plan-types EC2Instance --payment-options 'No Upfront' --durations 31536000 --filters name=instanceFamily,values=m5 name=region,values=us-east-1 --query 'searchResults[0].[planType,paymentOption,durationSeconds,currency,description]' --output text

OFF=$(aws savingsplans describe-savings-plans-offerings --plan-types EC2Instance --payment-options 'No Upfront' --durations 31536000 --filters name=instanceFamily,values=m5 name=region,values=us-east-1 --query 'searchResults[0].offeringId' --output text)

aws savingsplans describe-savings-plans-offering-rates --savings-plan-offering-ids $OFF --filters name=instanceType,values=m5.large --query 'searchResults[0].[rate,unit,usageType]' --output text

SP=$(aws savingsplans create-savings-plan --savings-plan-offering-id $OFF --commitment 0.1 --query savingsPlanId --output text)

echo bought $SP

aws savingsplans describe-savings-plans --savings-plan-ids $SP --query 'savingsPlans[0].[savingsPlanType,ec2InstanceFamily,region,commitment,recurringPaymentAmount,upfrontPaymentAmount,termDurationInSeconds]' --output text

aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02 --granularity DAILY --metrics UnblendedCost UsageQuantity --query 'ResultsByTime[0].[TimePeriod.Start,TimePeriod.End,Total.UnblendedCost.Unit,Total.UsageQuantity.Unit]' --output text

aws ce get-cost-and-usage --time-period Start=2026-01-01,End=2026-01-02 --granularity MONTHLY --metrics NetUnblendedCost --group-by Type=DIMENSION,Key=SERVICE --query 'GroupDefinitions[0].[Type,Key]' --output text
