<#-- After a cell that changed the account while the current step still fails: its first failing visible check. -->
→ Step ${view.number()} not yet: ${view.message()}  (%check shows every check; %hints off stops these lines)
