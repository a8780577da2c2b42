<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="38"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="38"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="46"/>
        <source>over temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="47"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="48"/>
        <source>hashrate drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="49"/>
        <source>dead board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="50"/>
        <source>pool down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="51"/>
        <source>telemetry anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="59"/>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="60"/>
        <source>Slack incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="61"/>
        <source>Microsoft Teams webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="62"/>
        <source>Telegram bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="63"/>
        <source>Generic JSON webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="75"/>
        <source>Notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="75"/>
        <source>Add notification channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="81"/>
        <source>kept in the keyring: leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="83"/>
        <location filename="../../ui/admin/notification_dialogs.py" line="238"/>
        <location filename="../../ui/admin/notifications_page.py" line="75"/>
        <location filename="../../ui/admin/notifications_page.py" line="108"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="83"/>
        <source>e.g. Night shift e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="90"/>
        <location filename="../../ui/admin/notifications_page.py" line="76"/>
        <location filename="../../ui/crm/billing_pdf.py" line="193"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="92"/>
        <source>SMTP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="97"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="100"/>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="101"/>
        <source>TLS (SMTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="102"/>
        <source>None (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="107"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="108"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="108"/>
        <source>empty: no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="109"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="110"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="112"/>
        <location filename="../../ui/admin/notifications_page.py" line="130"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="115"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="115"/>
        <source>the URL is the credential: it goes to the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="117"/>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="117"/>
        <source>from @BotFather, e.g. 123456:ABC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="118"/>
        <source>Chat id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="120"/>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="124"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="128"/>
        <source>Digest window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="130"/>
        <source>alerts raised within this time are sent as one message; 0 sends each at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="137"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="139"/>
        <source>messages per hour; alerts beyond wait for the next digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="141"/>
        <source>Send notifications through this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="143"/>
        <location filename="../../ui/admin/notification_dialogs.py" line="264"/>
        <location filename="../../ui/admin/notifications_page.py" line="80"/>
        <location filename="../../ui/admin/notifications_page.py" line="113"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="234"/>
        <source>Notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="234"/>
        <source>Add notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="238"/>
        <source>e.g. Critical to the night shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="245"/>
        <location filename="../../ui/admin/notifications_page.py" line="109"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="249"/>
        <location filename="../../ui/admin/notifications_page.py" line="110"/>
        <source>Severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="255"/>
        <source>Alert kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="260"/>
        <location filename="../../ui/admin/notifications_page.py" line="112"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="260"/>
        <source>none ticked: every site, including sites added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="262"/>
        <source>Send the alerts this rule matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="291"/>
        <source>tick at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="35"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="40"/>
        <source>retrying at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="42"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="43"/>
        <source>failed (a dead letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="44"/>
        <source>discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="45"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="55"/>
        <source>To: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="57"/>
        <source>Last error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="69"/>
        <source>Your role ({0}) may not change notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="72"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="77"/>
        <source>Sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="78"/>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="79"/>
        <source>Max / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="80"/>
        <location filename="../../ui/admin/notifications_page.py" line="113"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="80"/>
        <location filename="../../ui/admin/notifications_page.py" line="113"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="84"/>
        <source>No channels yet: add an e-mail or webhook channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="92"/>
        <source>Send test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="93"/>
        <source>Send a test message through the selected channel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="105"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="111"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="117"/>
        <source>No rules yet: alerts reach nobody outside this console until a rule sends them to a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="128"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="129"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="131"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="131"/>
        <source>[test] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="132"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="133"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="134"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="136"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="140"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="146"/>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="151"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="158"/>
        <source>&lt;b&gt;Send log&lt;/b&gt; (newest 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="160"/>
        <source>Filter: channel, recipient, subject, result, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="227"/>
        <source>Remove the channel {0}? Its rules and waiting alerts go with it; its send log stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="232"/>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="279"/>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="280"/>
        <source>Remove the rule {0}? Alerts it matched are no longer sent by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="297"/>
        <source>Sending a test through {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="318"/>
        <source>✔ Test sent through {0}: the server accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="320"/>
        <source>✘ Test through {0} failed: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="93"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="93"/>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="95"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="95"/>
        <source>(draft, not numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="96"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="97"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="98"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="99"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="100"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="100"/>
        <source>{days} days net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="106"/>
        <source>Tax id: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="112"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="112"/>
        <location filename="../../ui/crm/billing_pdf.py" line="193"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="118"/>
        <source>Energy (kWh {kwh})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="119"/>
        <source>Hosting fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="120"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="121"/>
        <source>SLA credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="122"/>
        <source>Invoice total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="123"/>
        <source>Late fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="124"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="125"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <location filename="../../ui/crm/billing_pdf.py" line="155"/>
        <source>Miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <source>of which gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <source>Uptime %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <source>Gap hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="137"/>
        <source>Energy (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="146"/>
        <source>Promised uptime {promised} %, measured {measured} % (mean over the miners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="155"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="155"/>
        <source>Length (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="155"/>
        <source>Billed W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="155"/>
        <source>Billed kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="169"/>
        <source>Please pay {balance} USD by {due}, quoting {number}. Deposit held: {deposit} USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="172"/>
        <source>the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="188"/>
        <location filename="../../ui/crm/billing_pdf.py" line="193"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="188"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="190"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="193"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="193"/>
        <source>Balance (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="74"/>
        <source>SiteCard</source>
        <comment>{n} curtailed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="75"/>
        <source>SiteCard</source>
        <comment>{n} curtailed ({asleep} asleep)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="234"/>
        <source>SiteCard</source>
        <comment>{n} degraded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="236"/>
        <source>SiteCard</source>
        <comment>{n} sleeping</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="127"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="171"/>
        <source>Log activity on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="177"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="178"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="178"/>
        <source>e.g. Called about the PDU order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="182"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="183"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="183"/>
        <source>YYYY-MM-DD HH:MM (a task needs one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="33"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="34"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="36"/>
        <source>Sites &amp; customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="40"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="41"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="42"/>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="43"/>
        <source>Control room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="44"/>
        <source>Dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminWidgets</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="357"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="360"/>
        <location filename="../../ui/admin/admin_widgets.py" line="366"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertThresholdsPage</name>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="93"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="94"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="98"/>
        <source>{low:g}–{high:g} {unit}; empty: inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="102"/>
        <source>Save limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="103"/>
        <source>Empty fields inherit; a scope left with no limit is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="109"/>
        <source>Limits inherit, most specific first: a model on a site, the model, the site, the farm, then the built-in defaults. A miner curtailed by a plan or under maintenance raises no alert for that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="132"/>
        <source>Every site (farm default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="133"/>
        <source>Every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="163"/>
        <source>inherited: {value:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="175"/>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="178"/>
        <source>Limits not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="180"/>
        <source>Saved: the poller uses them from its next poll.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="63"/>
        <source>{raised} — now: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="124"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="126"/>
        <source>Mark every selected alert as seen by you, with a note (they stay open until the condition clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="128"/>
        <source>Your role ({role}) may not acknowledge alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="186"/>
        <source> of {every} — the miners shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="188"/>
        <source>Open alerts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="188"/>
        <source>Open alerts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="190"/>
        <source>Open alerts: none of the miners shown (0 of {every})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="221"/>
        <source>Acknowledge alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="222"/>
        <source>Acknowledge {count} alerts. Note (optional: who is on it, what was done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="234"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="237"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="243"/>
        <source>Alerts not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="244"/>
        <source>Not acknowledged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsTab</name>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="70"/>
        <source>&amp;Import history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="71"/>
        <source>A CSV or XLSX file with date, close and optional OHLCV, difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="100"/>
        <source>&amp;Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="101"/>
        <source>F&amp;orecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="104"/>
        <source>ROI &amp;heat-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="106"/>
        <source>Re&amp;play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="107"/>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="162"/>
        <source>{n} daily bars, {first} – {last} ({imported} imported, {collected} collected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="170"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="185"/>
        <source>Import market history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="185"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="200"/>
        <source>Importing {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="206"/>
        <source>Import refused, nothing written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="210"/>
        <source>Imported {rows} days {first} – {last}: {written} new, {replaced} replaced, {skipped} collected days kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyRow</name>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="25"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="26"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="48"/>
        <source>cannot be stored here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="55"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="151"/>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="151"/>
        <source>Edit asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="155"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="157"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="157"/>
        <source>e.g. Antminer S21, APC PDU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="160"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="160"/>
        <location filename="../../ui/crm/customer_sections.py" line="163"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="163"/>
        <source>Warranty until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="166"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="166"/>
        <source>e.g. Hall B, rack 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="170"/>
        <source>Fleet miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="172"/>
        <source>the customer&apos;s miner&apos;s name, e.g. m0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="173"/>
        <source>When the asset is one of the miners we host for them; empty: other equipment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="81"/>
        <source>Search actor, action, entity, id or summary  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="83"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="84"/>
        <source>Reload the log (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="85"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="87"/>
        <source>Recompute every record&apos;s hash, check the chain is unbroken and that its end was not cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="89"/>
        <source>Verify against a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="91"/>
        <source>Also prove the log still holds the end an off-site checkpoint recorded (audit checkpoint --out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="167"/>
        <source>Cannot read the audit log: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="212"/>
        <source>Audit checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="214"/>
        <source>Audit checkpoints (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="214"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="224"/>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="251"/>
        <source>Verification could not run: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="264"/>
        <source>{name}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="269"/>
        <source>Chain intact: {count} records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="276"/>
        <source>CUT: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="278"/>
        <source>TAMPERED at record {seq}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="68"/>
        <source>Fill in the market inputs in the calculator first (BTC price, difficulty, fees, block height).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="73"/>
        <source>&lt;p&gt;&lt;b&gt;Open a fleet file&lt;/b&gt; (Ctrl+O) or drop one here: CSV or XLSX, one line per group of machines.&lt;/p&gt;&lt;p&gt;Columns: &lt;b&gt;model&lt;/b&gt;, &lt;b&gt;quantity&lt;/b&gt;, &lt;b&gt;electricity_price&lt;/b&gt; (USD/kWh), and optionally &lt;b&gt;hardware_cost&lt;/b&gt; (USD per unit) and &lt;b&gt;site&lt;/b&gt;. Every line is computed at the calculator&apos;s market inputs; a file with any bad cell is listed by row and column and nothing is computed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="83"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="163"/>
        <source>Open fleet file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="164"/>
        <source>A CSV or XLSX fleet file (Ctrl+O); you can also drop a file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="165"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="166"/>
        <source>Read the file again and compute it at the calculator&apos;s current inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="170"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="171"/>
        <source>Export XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="172"/>
        <source>A formatted workbook with a summary sheet and a profit chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="173"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="195"/>
        <source>Filter by site or model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="238"/>
        <source>Open fleet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="238"/>
        <source>Fleet files (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="316"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="334"/>
        <source>Computing {count} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="387"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="396"/>
        <source>Not saved to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="405"/>
        <source>{status} Not saved to history: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="432"/>
        <source>{file}: {cells} in {rows}. Nothing was computed: fix the file and press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="434"/>
        <source>1 invalid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="436"/>
        <source>{count} invalid cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="437"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="437"/>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="465"/>
        <source>{file}: {rows} rows computed in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="510"/>
        <source>{total} rows · click a column title to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="516"/>
        <source>Showing {shown} of {total} rows: {machines} machines, {profit}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="547"/>
        <source>Export {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="572"/>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="181"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="182"/>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="184"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="186"/>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="188"/>
        <source>Run billing for period…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingRunWizard</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="187"/>
        <source>Run billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="213"/>
        <source>Issuing %1 invoice(s)… Cancel stops waiting at once; the issuing is rolled back when it ends and no number is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="223"/>
        <source>Not issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyRun</name>
    <message>
        <location filename="../../ui/crm/billing_busy.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorForm</name>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="82"/>
        <source>Type a model, e.g. S21 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="126"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="140"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="141"/>
        <source>Live market values; type over any of them for a what-if, ↺ returns to the live value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="215"/>
        <source>Your machine&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="217"/>
        <source>From the catalogue; choose {custom} to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="296"/>
        <source>empty: {growth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="297"/>
        <source>Empty: {growth}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorTab</name>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="147"/>
        <source>Calculate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="175"/>
        <source>Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="178"/>
        <source>Profitability of a whole fleet file (CSV or XLSX), exported to Excel (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="194"/>
        <source>Batch calculator — fleet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="214"/>
        <source>Cannot read the miner catalogue: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="326"/>
        <source>No market data yet: refresh it (F5), or type {names} under Market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="334"/>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="335"/>
        <source> The figures shown are for the last valid inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="347"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; × {quantity} · {ths} TH/s · {kw} kW · ${price}/kWh · {fee} % pool fee · {uptime} % uptime · difficulty {growth} %/month ({origin})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="365"/>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="141"/>
        <source>Business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="143"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="143"/>
        <source>e.g. Austin office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="146"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="148"/>
        <source>e.g. America/Chicago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="149"/>
        <source>Empty: each ticket&apos;s site&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="156"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="158"/>
        <source>One per line: 2026-12-25 Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="160"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="91"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="97"/>
        <source>Price date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="145"/>
        <source>Filter models  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="150"/>
        <source>All cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="153"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="154"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="155"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="157"/>
        <source>Your role ({role}) may not edit the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="169"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="267"/>
        <source>No model matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="171"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="228"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="232"/>
        <source>Miner catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="233"/>
        <source>Cannot read the catalogue: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="246"/>
        <source>All makers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="258"/>
        <source>{count} models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="260"/>
        <source>{shown} of {count} models shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="262"/>
        <source> · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="264"/>
        <source>{count} · {makers} makers{read_only}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="267"/>
        <source>The catalogue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="329"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="338"/>
        <source>Delete miner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="340"/>
        <source>Delete {maker} {model} from the catalogue?
Miners of this model must be moved to another model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="352"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="354"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="24"/>
        <source>Change password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="28"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account_dialogs.py" line="31"/>
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="32"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="35"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="43"/>
        <source>does not match the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="79"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="80"/>
        <source>Limits set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="48"/>
        <location filename="../../ui/calculator/ranking_table.py" line="57"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="49"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="50"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="51"/>
        <location filename="../../ui/crm/billing_page.py" line="68"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="52"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="53"/>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="54"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="55"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="79"/>
        <location filename="../../ui/admin/sites_customers_page.py" line="104"/>
        <location filename="../../ui/crm/customer_sections.py" line="27"/>
        <location filename="../../ui/crm/customers_page.py" line="81"/>
        <location filename="../../ui/curtailment/plans_model.py" line="124"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="80"/>
        <location filename="../../ui/crm/customer_sections.py" line="43"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="82"/>
        <source>Capacity (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="88"/>
        <source>Electricity ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="93"/>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="105"/>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="52"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="53"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="54"/>
        <location filename="../../ui/crm/customer_sections.py" line="28"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="55"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="56"/>
        <location filename="../../ui/crm/billing_page.py" line="39"/>
        <location filename="../../ui/crm/billing_page.py" line="66"/>
        <location filename="../../ui/crm/deals_page.py" line="28"/>
        <location filename="../../ui/crm/invoices_page.py" line="64"/>
        <location filename="../../ui/crm/sla_page.py" line="127"/>
        <location filename="../../ui/crm/tickets_page.py" line="48"/>
        <location filename="../../ui/curtailment/customer_terms.py" line="33"/>
        <location filename="../../ui/curtailment/preview_model.py" line="80"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="57"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="59"/>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="63"/>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="89"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="90"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="91"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="61"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="65"/>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="67"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="73"/>
        <source>$/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="79"/>
        <source>BTC price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="85"/>
        <location filename="../../ui/calculator/ranking_table.py" line="94"/>
        <source>Profit/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="91"/>
        <location filename="../../ui/calculator/ranking_table.py" line="117"/>
        <source>Payback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="97"/>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="59"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="57"/>
        <location filename="../../ui/crm/customer_sections.py" line="35"/>
        <location filename="../../ui/curtailment/preview_model.py" line="75"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="64"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="59"/>
        <location filename="../../ui/fleet/discovery_results.py" line="24"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="36"/>
        <source>TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="70"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="65"/>
        <source>Power W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="76"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="71"/>
        <source>J/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="82"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="88"/>
        <source>Power cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="100"/>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="106"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="112"/>
        <source>$/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="56"/>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="77"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="82"/>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="83"/>
        <location filename="../../ui/fleet/discovery_results.py" line="23"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="85"/>
        <source>Power modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="101"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="42"/>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="43"/>
        <location filename="../../ui/crm/incidents_page.py" line="87"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="44"/>
        <location filename="../../ui/crm/deals_page.py" line="27"/>
        <location filename="../../ui/crm/incidents_page.py" line="88"/>
        <location filename="../../ui/crm/leads_page.py" line="34"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="45"/>
        <location filename="../../ui/crm/activities_page.py" line="67"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="46"/>
        <location filename="../../ui/crm/dashboard_page.py" line="42"/>
        <location filename="../../ui/crm/deals_page.py" line="31"/>
        <location filename="../../ui/crm/leads_page.py" line="39"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="47"/>
        <location filename="../../ui/crm/activities_page.py" line="64"/>
        <location filename="../../ui/crm/invoices_page.py" line="73"/>
        <location filename="../../ui/crm/leads_page.py" line="41"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="48"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="49"/>
        <location filename="../../ui/crm/activities_page.py" line="65"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="66"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="37"/>
        <location filename="../../ui/crm/invoices_page.py" line="65"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="38"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="40"/>
        <location filename="../../ui/crm/incidents_page.py" line="89"/>
        <location filename="../../ui/curtailment/plans_model.py" line="123"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="80"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="41"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="43"/>
        <location filename="../../ui/crm/billing_page.py" line="69"/>
        <location filename="../../ui/crm/incidents_page.py" line="96"/>
        <location filename="../../ui/curtailment/feed_limits.py" line="32"/>
        <location filename="../../ui/curtailment/plans_model.py" line="139"/>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="45"/>
        <location filename="../../ui/curtailment/plans_model.py" line="131"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="46"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="65"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="67"/>
        <source>Overdue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="70"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="29"/>
        <location filename="../../ui/crm/customers_page.py" line="83"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="30"/>
        <location filename="../../ui/crm/customers_page.py" line="84"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="31"/>
        <source>Gets invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="34"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="36"/>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="38"/>
        <source>Warranty until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="44"/>
        <source>Fleet miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="82"/>
        <location filename="../../ui/crm/leads_page.py" line="35"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="85"/>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="86"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="87"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="41"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="43"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="44"/>
        <source>Deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="45"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="29"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="30"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="32"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="33"/>
        <source>Commission (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="34"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="35"/>
        <source>Lost because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="36"/>
        <location filename="../../ui/crm/leads_page.py" line="43"/>
        <location filename="../../ui/crm/tickets_page.py" line="54"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="47"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="48"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="49"/>
        <location filename="../../ui/crm/tickets_page.py" line="47"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="50"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="51"/>
        <location filename="../../ui/crm/invoices_page.py" line="67"/>
        <location filename="../../ui/crm/leads_page.py" line="37"/>
        <location filename="../../ui/crm/tickets_page.py" line="49"/>
        <location filename="../../ui/fleet/discovery_results.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="52"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="53"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="71"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="54"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="55"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="86"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="91"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="95"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="62"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="63"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="71"/>
        <source>Total (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="72"/>
        <source>Owed (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="36"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="38"/>
        <source>Value estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="40"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="42"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="115"/>
        <location filename="../../ui/crm/sla_page.py" line="128"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="116"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="117"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="118"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="126"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="129"/>
        <source>Response / resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="46"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="50"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="51"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="52"/>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="53"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="34"/>
        <source>Cap %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="35"/>
        <source>SLA weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="31"/>
        <location filename="../../ui/curtailment/preview_model.py" line="85"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="33"/>
        <source>Now kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="34"/>
        <source>Max shed kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="67"/>
        <location filename="../../ui/curtailment/preview_model.py" line="65"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="69"/>
        <location filename="../../ui/curtailment/preview_model.py" line="67"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="77"/>
        <source>Miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="71"/>
        <location filename="../../ui/curtailment/preview_model.py" line="72"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="100"/>
        <location filename="../../ui/fleet/discovery_results.py" line="20"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="73"/>
        <location filename="../../ui/curtailment/preview_model.py" line="90"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="79"/>
        <location filename="../../ui/curtailment/plans_model.py" line="136"/>
        <location filename="../../ui/curtailment/preview_model.py" line="107"/>
        <source>Shed kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="85"/>
        <location filename="../../ui/curtailment/plans_model.py" line="137"/>
        <location filename="../../ui/curtailment/preview_model.py" line="108"/>
        <source>Lost TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="91"/>
        <location filename="../../ui/curtailment/plans_model.py" line="126"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="34"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="95"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="97"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="101"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="102"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="76"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="121"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="135"/>
        <source>Target kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="138"/>
        <source>vs best plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="140"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="72"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="142"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="147"/>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="152"/>
        <source>Recover at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="96"/>
        <source>Full kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="102"/>
        <source>Level kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="109"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="101"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="75"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="74"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="55"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="75"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="61"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="81"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="62"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="82"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="83"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="66"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="22"/>
        <source>Model reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="25"/>
        <source>Catalogue model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="86"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="87"/>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="33"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="42"/>
        <source>Chips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="48"/>
        <source>Chip °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="57"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="63"/>
        <source>At raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="64"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="73"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="74"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="100"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="100"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="103"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="103"/>
        <source>e.g. Ana Silva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="105"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="105"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="107"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="112"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="113"/>
        <source>Receives the invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="115"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="53"/>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="55"/>
        <source>Edit contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="59"/>
        <source>Saving makes version %1 of this contract. Invoices already drafted or issued keep version %2; drafts made from now on use the new one. Reminder steps stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="68"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="68"/>
        <source>e.g. C-ACME-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="73"/>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="75"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="81"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="82"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="84"/>
        <source>metered (energy from measured power)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="85"/>
        <source>spec (nameplate W × operational time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="86"/>
        <source>fixed (monthly amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="88"/>
        <source>Billing basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="89"/>
        <source>Rate (USD/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="90"/>
        <source>Overhead (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="91"/>
        <source>Hosting fee (USD per miner per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="92"/>
        <source>Fixed amount (USD per month, basis fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="93"/>
        <source>SLA uptime promised (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="96"/>
        <source>SLA credit tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="98"/>
        <source>BELOW:CREDIT, e.g. 99:5, 90:10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="100"/>
        <source>Below 99 % uptime 5 % of the subtotal is credited, below 90 % 10 %: the deepest tier counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="103"/>
        <source>Curtailed time counts as uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="105"/>
        <source>Curtailment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="107"/>
        <source>zero (a gap bills nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="108"/>
        <source>last (the last measured power holds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="109"/>
        <source>nameplate (the model&apos;s nameplate W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="111"/>
        <source>Gap policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="113"/>
        <source>Deposit (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="115"/>
        <source>in arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="115"/>
        <source>prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="116"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="119"/>
        <source>Payment terms (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="124"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="127"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="127"/>
        <source>YYYY-MM-DD, empty: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="131"/>
        <source>Miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="131"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="131"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="136"/>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="138"/>
        <source>Tick the customer&apos;s miners on the contract; From/To (YYYY-MM-DD) when they join or leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="161"/>
        <source>miners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="81"/>
        <source>New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="82"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlRoomPage</name>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="49"/>
        <source>Telemetry averages (5-minute, hourly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="50"/>
        <source>Old telemetry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="51"/>
        <source>Old notification log removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="52"/>
        <source>Old job runs removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="53"/>
        <source>Old change events removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="54"/>
        <source>Curtailment plans due to start or recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="55"/>
        <source>Market data refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="56"/>
        <source>Market history (exchange prices, network, Fear &amp; Greed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="57"/>
        <source>Telemetry anomaly scores and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="58"/>
        <source>Miner polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="155"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="156"/>
        <source>Read the control room again (F5); it also refreshes by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="159"/>
        <source>Show dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="160"/>
        <source>Open Admin → Dead letters to retry or discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="172"/>
        <source>No console or agent has connected in the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="176"/>
        <source>No role has been taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="178"/>
        <source>No periodic job has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="185"/>
        <source>Consoles and agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="186"/>
        <source>Roles: who leads what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="187"/>
        <source>Periodic jobs: ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="221"/>
        <source>Cannot read the control room: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="256"/>
        <source>Dead letters: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="257"/>
        <source> — events a consumer gave up on; retry or discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="262"/>
        <source>Gone: no heartbeat for {gone:g} s  ·  database time {time}, refreshed every {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="318"/>
        <source>1 console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="318"/>
        <source>{n} consoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="319"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="320"/>
        <source>1 agent online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="320"/>
        <source>{n} agents online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="321"/>
        <source>{n} gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="322"/>
        <source>1 role held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="322"/>
        <source>{n} roles held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="323"/>
        <source>1 periodic job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="323"/>
        <source>{n} periodic jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="324"/>
        <source>, {n} failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmFilters</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="56"/>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="57"/>
        <source>Every activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="93"/>
        <source>Every tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="43"/>
        <source>Every stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="61"/>
        <location filename="../../ui/crm/leads_page.py" line="50"/>
        <location filename="../../ui/crm/tickets_page.py" line="57"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="99"/>
        <source>Ongoing or ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="76"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="22"/>
        <source>Every owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="58"/>
        <source>Every priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="59"/>
        <source>SLA met or not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLabels</name>
    <message>
        <location filename="../../ui/crm/labels.py" line="9"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="10"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="11"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="12"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="13"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="14"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="15"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="16"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="17"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="18"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="20"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="21"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="22"/>
        <source>Waiting for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="23"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="24"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="26"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="27"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="28"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="29"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="31"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="32"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="33"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="34"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="35"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="37"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="38"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="39"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="40"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="42"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="43"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="44"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="47"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="48"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="49"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="50"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="52"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="53"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="54"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="55"/>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/labels.py" line="56"/>
        <source>Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmTab</name>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="36"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="37"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="38"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="39"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="40"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="41"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="42"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="43"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="44"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="46"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="69"/>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="70"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="71"/>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmTable</name>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="29"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="29"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="61"/>
        <source>This column is not sortable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtailment</name>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="92"/>
        <source>scheduled {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="94"/>
        <source>when price ≥ {price} for {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="103"/>
        <source>when price &lt; {price} for {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="115"/>
        <source>best possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="116"/>
        <source>at most {pct} % above best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurtailmentBanner</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="318"/>
        <source>Curtailment active on {site}: {count} miners held by plan {plans}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurtailmentPanel</name>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="33"/>
        <source>Hours per month the machines are switched off (0 to 730)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="50"/>
        <source>Hours curtailed per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="52"/>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="99"/>
        <source>{mwh} MWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="106"/>
        <source>&lt;b&gt;Switching off pays above ${price}/kWh&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurtailmentTab</name>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="126"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="127"/>
        <source>E&amp;xecution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="128"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="257"/>
        <source>Cannot read curtailment data: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="290"/>
        <source>You operate no site: ask an administrator for a site in your scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="316"/>
        <source>updated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="391"/>
        <source>Four-eyes rule at {site}: save the plan, then someone else approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="466"/>
        <source>{name} — the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="470"/>
        <source>Follow-up for “{name}”, which fell short by {short}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="477"/>
        <source> (the site is {kw} above that plan&apos;s target now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="479"/>
        <source> (the site is {kw} below that plan&apos;s target now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="482"/>
        <source>: check the preview, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerBilling</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="177"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="178"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="179"/>
        <source>SLA reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="69"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="85"/>
        <location filename="../../ui/crm/customer_detail.py" line="97"/>
        <location filename="../../ui/crm/customer_detail.py" line="102"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="86"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="87"/>
        <location filename="../../ui/crm/customer_detail.py" line="113"/>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="95"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="96"/>
        <location filename="../../ui/crm/customer_detail.py" line="101"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="98"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="100"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="103"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="108"/>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="112"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="114"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="115"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="137"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="139"/>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="173"/>
        <source>Could not read the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="179"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="183"/>
        <source>E-mail: %1 · Phone: %2 · Tax id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="187"/>
        <source>Billing address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="188"/>
        <source>%1 contacts · %2 miners hosted · %3 assets on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="194"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="200"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="259"/>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="259"/>
        <source>Remove %1 from this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="294"/>
        <source>Imported %1 assets from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="213"/>
        <location filename="../../ui/crm/customers_page.py" line="109"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="215"/>
        <source>e.g. Northwind Mining LLC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="220"/>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="222"/>
        <source>e.g. ops@northwind.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="106"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="106"/>
        <source>Edit customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="109"/>
        <source>e.g. Northwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="111"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="111"/>
        <source>Registered company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="114"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="114"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="116"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="117"/>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="117"/>
        <source>e.g. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="120"/>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="122"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="122"/>
        <source>comma-separated, e.g. colocation, vip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="126"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="64"/>
        <source>Hosting customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="66"/>
        <source>(no customer: take them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="74"/>
        <source>Customer of the %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="75"/>
        <source>From (your time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="78"/>
        <source>Kept as history for billing: each miner&apos;s current assignment ends at this time and the new one starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="213"/>
        <source>Type a customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="78"/>
        <source>Loading your miners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="90"/>
        <source>TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="98"/>
        <source>Double-click a miner for its charts and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="103"/>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="104"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="106"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="130"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="174"/>
        <source>Could not read your miners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="186"/>
        <source>&lt;b&gt;%1 miners&lt;/b&gt; · %2 hashing · %3 offline · %4 other · now %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="194"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="219"/>
        <source>Total hashrate of your %1 miners, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="221"/>
        <source>No hashrate recorded in the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="156"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="157"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="158"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="162"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="166"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="169"/>
        <source>Add customers from a CSV or Excel list (name, company, email, phone, tax_id, billing_address, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="177"/>
        <source>Imported %1 customers from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="63"/>
        <source>Deals funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="64"/>
        <source>Leads funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="65"/>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="76"/>
        <source>No commission yet: a completed deal earns its owner one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="86"/>
        <source>Funnel: conversion and drop-off per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="87"/>
        <source>Won value by month (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="88"/>
        <source>Sales cycle length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="89"/>
        <source>Commissions per person and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="138"/>
        <source>Could not read the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="149"/>
        <source>Deals won in the last %2 months: %1, worth %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="156"/>
        <source>Deals won in the last %2 days: %1 (days from the first contact to signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="160"/>
        <source>No deal signed in the last %1 days: no cycle to measure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="40"/>
        <source>Failed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="44"/>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="45"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="46"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="47"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="48"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="50"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="54"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="62"/>
        <source>No dead letters: every event was applied by its consumer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="72"/>
        <source>Events a consumer gave up on after its attempts (the setting consumers.max_attempts), and notifications a channel never took after theirs. Retry sends one back to its consumer with all its attempts again; Discard gives it up for good. Both are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="81"/>
        <source>Filter: consumer, event, topic, state, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="84"/>
        <source>Also failures still retrying, and discarded ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="86"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="88"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="95"/>
        <source>Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="96"/>
        <source>Send the selected dead letter back to its consumer (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="98"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="99"/>
        <source>Give the selected dead letter up for good (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="102"/>
        <source>Retry the selected dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="104"/>
        <source>Discard the selected dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="125"/>
        <source>retrying at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="127"/>
        <source>retry asked by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="129"/>
        <source>discarded by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="130"/>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="142"/>
        <source>First failed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="145"/>
        <source>Dead since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="146"/>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="148"/>
        <source>Event: {payload}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="168"/>
        <source>1 dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="168"/>
        <source>{count} dead letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="198"/>
        <source>Send the notification “{subject}” {topic} again? It is queued at once, with all its attempts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="200"/>
        <source>{what}: queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="203"/>
        <source>Send event {event} ({topic}) back to the consumer {consumer}? It is tried at the consumer&apos;s next run, with all its attempts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="206"/>
        <source>Event {event} goes back to {consumer} at its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="211"/>
        <source>Retry dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="224"/>
        <source>Discard the notification “{subject}” {topic}? It is never sent; the send log keeps it as discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="226"/>
        <source>{what}: discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="229"/>
        <source>Discard event {event} ({topic})? The consumer {consumer} will never apply it: {effect}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="236"/>
        <source>Event {event} discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="239"/>
        <source>Discard dead letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="249"/>
        <source>The notification “{subject}” {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="252"/>
        <source>Event {event} ({topic}) of consumer {consumer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="259"/>
        <source>the alert it raised is sent to nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="260"/>
        <source>what it would have done is not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="265"/>
        <source>Convert lead %1 into a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="267"/>
        <source>Edit deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="269"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="272"/>
        <source>Matched by the lead&apos;s e-mail, phone or company, else new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="277"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="281"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="281"/>
        <source>e.g. 1.5 MW hosting, 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="283"/>
        <source>Value ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="283"/>
        <source>e.g. 480000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="286"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="288"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="292"/>
        <source>Commission (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="294"/>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="318"/>
        <source>Deal “%1” created for the new customer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="320"/>
        <source>Deal “%1” created for %2 (an existing customer, matched by %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="55"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="56"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="57"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="58"/>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="71"/>
        <source>Deal lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/gui_app.py" line="360"/>
        <source>The demo farm could not start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/gui_app.py" line="364"/>
        <source>The demo could not start: {0} (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="74"/>
        <source>Discover miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="77"/>
        <source>e.g. 10.20.0.0/24 (at most a /16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="82"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="84"/>
        <source>Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="87"/>
        <source>%v of %m addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="101"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="102"/>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="103"/>
        <source>Add selected to site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="104"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="107"/>
        <source>CIDR range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="108"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="109"/>
        <source>Add to site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="149"/>
        <source>Sites could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="200"/>
        <source>Scanning {count} addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="223"/>
        <source>; {count} more accepted the connection but answered badly (unticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="227"/>
        <source>{good} miners answered out of {count} addresses{note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="232"/>
        <source>Scan cancelled after {done} of {count} addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="277"/>
        <source>Nothing was added: the database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="278"/>
        <source>Miners not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="282"/>
        <source>Nothing was added: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="294"/>
        <source> ({count} were already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="295"/>
        <source>Added {count} miners to {site}{note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="322"/>
        <source>{status} Identified: {families}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/crm/email_page.py" line="76"/>
        <source>Send test e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="80"/>
        <source>Send one message now through the CRM&apos;s SMTP settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="82"/>
        <source>Your role (%1) may not send a test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="106"/>
        <source>No e-mail channel is set up: mail stays queued, then fails. Add one in Admin → Notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="111"/>
        <source>E-mail goes out through the channel “%1” (Admin → Notifications).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="117"/>
        <source>Send test e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="118"/>
        <source>Send a test message to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="127"/>
        <source>Sending a test e-mail to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="145"/>
        <source>Test e-mail sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="147"/>
        <source>Test e-mail not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="219"/>
        <source>No plan opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="223"/>
        <location filename="../../ui/curtailment/execution_panel.py" line="304"/>
        <source>Double-click a plan in History, or save a preview, to follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="230"/>
        <source>Shedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="235"/>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="245"/>
        <source>Shed the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="249"/>
        <source>Open the plan form for a follow-up plan at this site that sheds what this run fell short by; it is previewed first, and nothing is sent until it is saved, approved and executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="267"/>
        <source>Filter miners (name, host, state, detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="303"/>
        <source>&lt;b&gt;No plan opened&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="315"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; at {site} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="321"/>
        <source>target {target} kW, planned shed {shed} kW, lost {lost} TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="324"/>
        <source>{count} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="325"/>
        <source>{strategy} strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="326"/>
        <source>created {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="329"/>
        <source>approved by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="333"/>
        <source>starts {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="335"/>
        <source>executed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="337"/>
        <source>no automatic recovery after a stop: Recover now brings the miners back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="339"/>
        <source>recovers at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="341"/>
        <source>recovers {hours} h after execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="343"/>
        <source>manual recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="345"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="345"/>
        <source>recovers </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="348"/>
        <source>finished {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="369"/>
        <source>● live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="406"/>
        <source>Stop requested by {who}: the run halts once the commands in flight are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="409"/>
        <source>Running: the result appears here once every command has been reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="411"/>
        <source>Not executed yet: nothing has been sent to the miners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="413"/>
        <source>Cancelled: nothing was sent to the miners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="434"/>
        <source>Recovery stopped by {who}: {back} of {n} miners confirmed back at full power, {other} sent a command, {unsent} still curtailed and not sent. Recover now resumes the recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="444"/>
        <source>Stopped by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="444"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="446"/>
        <source> at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="448"/>
        <source>{n} miners confirmed at their level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="451"/>
        <source>{n} accepted but not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="453"/>
        <source>{n} sent without effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="454"/>
        <source>{n} never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="458"/>
        <source>Recover now brings the {n} miners that were sent a command back to full power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="462"/>
        <source>No miner was changed: nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="469"/>
        <source>{n} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="471"/>
        <source>showing {shown} of {total} miners</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="9"/>
        <source>BTC price rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="10"/>
        <source>BTC price fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="11"/>
        <source>Difficulty rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="12"/>
        <source>Difficulty fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="13"/>
        <source>Block subsidy went from {before} to {after} BTC: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="14"/>
        <source>Fees per block rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="15"/>
        <source>Fees per block fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="16"/>
        <source>Fees per block went from {before} to {after} BTC: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="17"/>
        <source>Hashrate rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="18"/>
        <source>Hashrate fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="19"/>
        <source>Uptime went from {before} % to {after} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="20"/>
        <source>Power draw rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="21"/>
        <source>Power draw fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="22"/>
        <source>Electricity price rose {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="23"/>
        <source>Electricity price fell {pct} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="24"/>
        <source>Electricity price went from {before} to {after} $/kWh: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="25"/>
        <source>Pool fee went from {before} % to {after} %: {amount}/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="31"/>
        <source>BTC price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="32"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="33"/>
        <source>Block height (subsidy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="34"/>
        <source>Fees per block (BTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="35"/>
        <source>Hashrate (TH/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="36"/>
        <source>Uptime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="37"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="38"/>
        <source>Electricity ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="39"/>
        <source>Pool fee (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="35"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="36"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="37"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="45"/>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="92"/>
        <source>Profit {before} → {after} USD/day: change {change} USD/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="100"/>
        <source>Nothing changed between the two columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="111"/>
        <source>Part of the change (USD/day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="57"/>
        <source>Save image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="58"/>
        <source>Save data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="77"/>
        <source>Save image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="77"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="84"/>
        <source>Save data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="93"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedAssignment</name>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="41"/>
        <source>Power feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="42"/>
        <location filename="../../ui/fleet/feed_assignment.py" line="64"/>
        <source>Power feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="50"/>
        <source>Put the selected miners on a power feed of their site (curtailment can limit what each feed sheds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="53"/>
        <source>Your role (%1) may not change miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="64"/>
        <source>Select miners of one site: feeds belong to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="111"/>
        <location filename="../../ui/fleet/feed_assignment.py" line="117"/>
        <source>Power feed not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="130"/>
        <source>Power feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="132"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="135"/>
        <source>New feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="139"/>
        <source>the new feed&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="140"/>
        <source>Feed of the %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="141"/>
        <source>New feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="142"/>
        <source>Curtailment plans can limit what each feed sheds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../ui/first_start.py" line="18"/>
        <source>The file
{0}
is empty, not a HashInsight database.

Make it a new, empty database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="22"/>
        <source>There is no database at
{0}

Create a new, empty database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="27"/>
        <source>The folder {0} does not exist either; it would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="32"/>
        <source>If the path is mistyped, choose No and start again with the right database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="38"/>
        <source>New database?</source>
        <translation>新建数据库？</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="41"/>
        <source>Import miners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="46"/>
        <source>Add or update miners from a CSV or Excel list (ip, name, rack, position, customer, feed, model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="48"/>
        <source>Your role (%1) may not add miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="50"/>
        <source>Export miners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="51"/>
        <source>Write the miners the table shows to a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="75"/>
        <source>Import miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="75"/>
        <source>No site yet: add one first (Admin → Sites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="88"/>
        <source>Export miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="89"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="89"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="105"/>
        <source>Miners not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="110"/>
        <source>exported %1 miners to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="107"/>
        <source>Discover miners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="112"/>
        <source>Your role ({role}) may not add miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="114"/>
        <source>Miner logins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="128"/>
        <source>Loading the fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="153"/>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="397"/>
        <source>The web/API login the selected site&apos;s miners take (kept in the keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="399"/>
        <source>Select a site on the left first (or right-click its card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="421"/>
        <source>No miners yet: use Discover miners… to scan your network and add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="423"/>
        <source>{total} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="425"/>
        <source>Showing {shown} of {total} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="428"/>
        <source> · {count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="430"/>
        <source>{summary} · updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="501"/>
        <source>Open detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="58"/>
        <source>BTC price (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="59"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="63"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="64"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="74"/>
        <source>Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="74"/>
        <source>Ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="112"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="140"/>
        <source>Choosing the ARIMA order and fitting {n} days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="152"/>
        <source>Cancelled: the fit still running in the background will be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="197"/>
        <source>ARIMA({p},{d},{q}){drift}, AIC {aic:,.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="198"/>
        <source> with constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="200"/>
        <source>Modelled on log values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="200"/>
        <source>Modelled on the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="201"/>
        <source>Fitted in {s:.2f} s ({n} models allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="206"/>
        <source>Back-test: the history is too short for one window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="209"/>
        <source>Walk-forward back-test: {w} windows, {n} forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="210"/>
        <source>MAPE {m:.2f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="211"/>
        <source>80 % band held the truth {c:.0f} % of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="212"/>
        <source>95 % band held the truth {c:.0f} % of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="217"/>
        <source>{day}: {mean} (80 %: {lo80} – {hi80}; 95 %: {lo95} – {hi95})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="227"/>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="227"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="35"/>
        <source>Daily profit (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="36"/>
        <source>Payback (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="39"/>
        <source>&amp;Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="54"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="55"/>
        <source>Electricity up to ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="56"/>
        <source>BTC price ± around now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="87"/>
        <source>BTC price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="88"/>
        <source>Electricity ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="112"/>
        <source>Now: {profit:,.2f} USD/day at {price:,.0f} USD and {kwh:.3f} $/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="118"/>
        <source>No payback without a hardware cost: showing profit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="120"/>
        <source>Blank cells: no payback within the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="130"/>
        <source>Save to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="131"/>
        <source>Keep this calculation, with every input and its source (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="138"/>
        <source>1 saved calculation (yours only) · Ctrl+S saves the current one · double-click restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="141"/>
        <source>{count} saved calculations (yours only) · Ctrl+S saves the current one · double-click restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="145"/>
        <source>No saved calculations yet: Ctrl+S saves the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="190"/>
        <source>Not saved to history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="193"/>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="196"/>
        <source>Saved to history: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="37"/>
        <source>All my sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="39"/>
        <source>Show the plans of every site you operate, not only the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="40"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="43"/>
        <source>Save the selected plan&apos;s report as CSV: its figures and every miner (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="97"/>
        <source>Import miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="102"/>
        <source>No file chosen. Columns: %1 (port optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="105"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="110"/>
        <source>Create the feeds the list names that the site does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="118"/>
        <location filename="../../ui/fleet/import_dialog.py" line="210"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="127"/>
        <source>Into site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="151"/>
        <source>Miner list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="151"/>
        <source>Miner lists (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="176"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="189"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="230"/>
        <source>%1 to add, %2 to update, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="233"/>
        <source>; new feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="236"/>
        <source>%1 bad cell(s): fix them in the file and choose it again; nothing can be imported. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="247"/>
        <source>imported %1: %2 added, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="122"/>
        <source>Record an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="127"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="127"/>
        <source>e.g. Feeder 2 tripped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="129"/>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="130"/>
        <source>sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="132"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="133"/>
        <source>It affected every active miner of the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="134"/>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="135"/>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="135"/>
        <source>e.g. T-12, T-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="138"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="34"/>
        <source>Power loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="35"/>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="36"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="37"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="38"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="92"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="162"/>
        <source>Record incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="163"/>
        <source>Link tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="164"/>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="180"/>
        <source>Link tickets to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="181"/>
        <source>Tickets (T-12, T-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="194"/>
        <source>End incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="195"/>
        <source>Mark “%1” as ended now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="39"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="40"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="41"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="42"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="43"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="106"/>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="107"/>
        <source>Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="108"/>
        <source>Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="109"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="110"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="111"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="118"/>
        <source>the draft for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="129"/>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="130"/>
        <source>Issue %1? It gets the next number of the series and can then only be credited or voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="136"/>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="137"/>
        <source>Void %1? It stays in the series, marked void, and is no longer owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="148"/>
        <source>Queued %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="151"/>
        <source>No SMTP settings yet: it waits in the send log until they are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="155"/>
        <source>Send invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="155"/>
        <source>E-mail %1 as a PDF to the customer&apos;s billing contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="178"/>
        <source>Payment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="179"/>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="191"/>
        <source>Credit note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="192"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="200"/>
        <source>Save invoice PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="200"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="205"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="67"/>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="67"/>
        <source>Edit lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="70"/>
        <source>e.g. 2 MW hosting, Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="73"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="73"/>
        <source>e.g. Northwind Mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="76"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="76"/>
        <source>Who you talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="79"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="79"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="81"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="83"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="83"/>
        <source>e.g. referral, website, event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="87"/>
        <source>Value estimate ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="89"/>
        <source>e.g. 250000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="93"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="93"/>
        <source>e.g. send the price sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="97"/>
        <source>Next step due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="99"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="62"/>
        <source>New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="63"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="64"/>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="65"/>
        <source>Convert to deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="66"/>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="77"/>
        <source>Lead lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelsBox</name>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="24"/>
        <source>sleep only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="32"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="33"/>
        <source>Let the optimiser choose every miner again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="49"/>
        <source>Allow power-off (0 W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="53"/>
        <source>Off: a miner is never planned at 0 W; a sleeping miner draws the sleep power above. On: a sleep power of 0 W is allowed (the miner is switched off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="59"/>
        <source>Fewest miners touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="63"/>
        <source>Send fewer commands for a little hashrate: each miner the plan changes counts as losing this many TH/s more, so the plan sheds more on fewer miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="73"/>
        <source> TH/s a miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="74"/>
        <source>What one command more is worth, in TH/s lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="82"/>
        <source>Protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="110"/>
        <source>0 W is switched off: tick &apos;Allow power-off&apos;, or give what a sleeping miner draws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="72"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="245"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="439"/>
        <source>Calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="362"/>
        <source>Miner catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="130"/>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="243"/>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="560"/>
        <source>Curtailment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="539"/>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>HashInsight Desktop — {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Your role has no modules to show yet.
Ask an administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>{theme} theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Go to {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>DISCONNECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>{state} · {kind} · {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>New miner alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>{count} new alert(s) — see the Fleet tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>New deal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>%1 converted lead %2 into a deal for %3 that you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>The database is back: views refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceAction</name>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="46"/>
        <source>Maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="47"/>
        <source>Silence the selected miners&apos; alerts while they are worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="49"/>
        <source>End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="72"/>
        <source>{count} miners under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="84"/>
        <source>{count} miners out of maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="88"/>
        <source>Maintenance not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="23"/>
        <source>Maintenance of {count} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="27"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="28"/>
        <source>until ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="31"/>
        <source>what is being done (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="36"/>
        <source>Silence their alerts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketBar</name>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="66"/>
        <location filename="../../ui/calculator/market_panel.py" line="266"/>
        <source>Refresh market data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="67"/>
        <source>Fetch BTC price, difficulty, fees, height and hashrate (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="138"/>
        <source>Market data could not be refreshed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="244"/>
        <source>Market data: none yet — press F5, or type the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="251"/>
        <source>Market data: last known, {sources} · oldest {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="253"/>
        <source>Market data: {sources} · oldest {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="266"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketField</name>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="142"/>
        <source>Back to the live market value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinerActions</name>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="46"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="47"/>
        <source>Hosting customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="48"/>
        <source>Move to site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="49"/>
        <source>Rack and position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="51"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="53"/>
        <source>Open web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="54"/>
        <source>Copy IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="78"/>
        <source>Your role (%1) may not change miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="86"/>
        <source>Only staff who manage customer accounts assign miners to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="106"/>
        <source>Rename miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="108"/>
        <source>New name of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="117"/>
        <source>renamed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="138"/>
        <source>customer of %1 miners changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="162"/>
        <source>%1 miners moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="188"/>
        <source>rack and position of %1 miners set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="215"/>
        <source>removed %1 miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="236"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="249"/>
        <source>Miners not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinerDetailDialog</name>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="110"/>
        <source>Miner {name} — {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="124"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="124"/>
        <source>6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="124"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="124"/>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="124"/>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>The charts&apos; time range: the axis spans it whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="139"/>
        <location filename="../../ui/fleet/miner_detail.py" line="320"/>
        <source>Maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="140"/>
        <source>Silence this miner&apos;s alerts while it is worked on, or end that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="164"/>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="169"/>
        <source>No telemetry recorded for this miner yet.
Charts appear after its first polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="172"/>
        <source>Loading telemetry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="177"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="178"/>
        <source>Read the charts again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="190"/>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="230"/>
        <location filename="../../ui/fleet/miner_detail.py" line="245"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="231"/>
        <location filename="../../ui/fleet/miner_detail.py" line="240"/>
        <location filename="../../ui/fleet/miner_detail.py" line="245"/>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="254"/>
        <source>Hashrate (TH/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="255"/>
        <source>Hottest chip (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="256"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="257"/>
        <source>Fastest fan (RPM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="281"/>
        <source>Charts could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="310"/>
        <source>Under {what}: its alerts are silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="317"/>
        <source>{status}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="320"/>
        <source>End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="328"/>
        <location filename="../../ui/fleet/miner_detail.py" line="336"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="329"/>
        <source>Silence this miner&apos;s alerts for how many hours (0: until ended)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="336"/>
        <source>What is being done (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="350"/>
        <location filename="../../ui/fleet/miner_detail.py" line="353"/>
        <source>Maintenance not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinerModelDialog</name>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="95"/>
        <source>Edit {maker} {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="97"/>
        <source>Add miner model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="103"/>
        <source>e.g. Antminer S21 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="108"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="114"/>
        <source>none: no payback or $/TH in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="115"/>
        <source>What one unit costs you, in USD, for the calculator&apos;s payback and $/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="119"/>
        <source>The day the price was quoted: prices move with the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="131"/>
        <source>Add mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="131"/>
        <source>Remove mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="158"/>
        <source>Power modes (optional: eco, normal, turbo…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="204"/>
        <source>{efficiency} J/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="250"/>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="253"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="258"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinerRecordsView</name>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="96"/>
        <source>Hash boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="96"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="96"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="105"/>
        <source>Hash boards ({alive}/{total} alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="109"/>
        <source>Hash boards (none reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="110"/>
        <source>Alerts ({open} open, {all} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="111"/>
        <source>Commands ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinersModel</name>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="133"/>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="158"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="165"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="172"/>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="179"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="186"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="193"/>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="200"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="207"/>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="214"/>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="221"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="227"/>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="229"/>
        <source>% nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="236"/>
        <source>TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="243"/>
        <source>Power W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="250"/>
        <source>J/TH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="257"/>
        <source>Chip °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="264"/>
        <source>Fan RPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="271"/>
        <source>HW errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="278"/>
        <source>Rejected %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="285"/>
        <source>Power target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="292"/>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="299"/>
        <source>Curtailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="306"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="313"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="320"/>
        <source>Anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="407"/>
        <source>Not identified yet: select it and press Identify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="542"/>
        <source>Reports: {firmware}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="90"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="90"/>
        <source>e.g. 120.50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="89"/>
        <source>Move to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="93"/>
        <source>Move the %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="94"/>
        <source>Rack, position and power feed are cleared: they belong to the old site&apos;s floor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasks</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="79"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="82"/>
        <source>No open tasks: nothing is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="109"/>
        <source>Could not read your tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="116"/>
        <source>&lt;b&gt;My open tasks&lt;/b&gt;: %1, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="98"/>
        <source>Approve curtailing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="99"/>
        <source>Approve disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="100"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="108"/>
        <source>Approve to %1 the %2 miner(s) of %3? Curtail them with the curtailment tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="110"/>
        <source>Reject the proposal for the %2 miner(s) of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="115"/>
        <source>Overdue customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTickets</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="158"/>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="169"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="76"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="82"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="95"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="96"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="97"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="98"/>
        <source>Every row the search and filters match, to CSV or Excel (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="206"/>
        <source>Could not read the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="208"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="220"/>
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="222"/>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="244"/>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="244"/>
        <location filename="../../ui/crm/paged_table.py" line="254"/>
        <source>No rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="249"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="268"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="269"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="269"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="283"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="283"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="303"/>
        <location filename="../../ui/crm/paged_table.py" line="307"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="315"/>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="55"/>
        <source>Run billing for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="56"/>
        <source>Drafts are made from the miners&apos; roll-ups for every contract active in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="59"/>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="70"/>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="89"/>
        <source>Making the drafts for %1… Cancel stops waiting at once; the run cannot be interrupted mid-way, so it is rolled back when it ends and nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="81"/>
        <source>Deals: %1 · %2&lt;br&gt;weighted %3 (%4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="95"/>
        <source>Drag a card to another stage to move the deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="101"/>
        <source>Search deals or customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="104"/>
        <source>Only my deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="130"/>
        <source>Probabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="131"/>
        <source>How likely a deal in each open stage is to be won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="160"/>
        <source>Could not read the pipeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="168"/>
        <source>Open pipeline — deals: %1 · value %2 · weighted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="192"/>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="193"/>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="215"/>
        <location filename="../../ui/crm/pipeline_board.py" line="218"/>
        <location filename="../../ui/crm/pipeline_board.py" line="222"/>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="225"/>
        <source>Deal not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="228"/>
        <source>Moved “%1” from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="106"/>
        <source>Rack and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="110"/>
        <source>several values: type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="114"/>
        <source>Rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="115"/>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="116"/>
        <source>For the %1. A field left as it is stays unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="29"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="30"/>
        <source>Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="31"/>
        <source>Recover now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="32"/>
        <source>Cancel plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="33"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="136"/>
        <location filename="../../ui/curtailment/plan_actions.py" line="173"/>
        <source>{action}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="172"/>
        <source>Resume execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="172"/>
        <source>Resume recovery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="124"/>
        <source>{count} miners at {site} shed {kw} kW, losing {ths} TH/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="132"/>
        <source>It then starts by itself {starts}: {sheds}; it recovers {recovers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="137"/>
        <source>It then starts by itself at {at}: {sheds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="139"/>
        <source>Once approved it may be executed: {sheds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="142"/>
        <source>{n} batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="145"/>
        <source>Save and approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="146"/>
        <source>Save “{name}” approved?
{then}
{how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="167"/>
        <source>The plan was saved pending approval, but not approved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="169"/>
        <source>The plan was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="171"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="177"/>
        <source>Saved “{name}” approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="177"/>
        <source>Saved “{name}” pending approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="191"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="220"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="256"/>
        <source>{action} plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="223"/>
        <source>“{name}” approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="223"/>
        <source>“{name}” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="238"/>
        <source>Stop plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="238"/>
        <source>“{name}” was not stopped: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="242"/>
        <source>Stop requested for “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="258"/>
        <source>{action} of “{name}” stopped: {error}
Each miner&apos;s state is recorded: the Execution view shows where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="276"/>
        <source>Export plan report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="278"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="303"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="309"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="304"/>
        <source>Cannot write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="309"/>
        <source>The report was not written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="313"/>
        <source>Report saved to {path} ({count} miners).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="80"/>
        <source>shed … kW (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="81"/>
        <source>e.g. 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="83"/>
        <source>no upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="93"/>
        <source>USD per TH/s per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="97"/>
        <source>the site&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="100"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="137"/>
        <source>all at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="139"/>
        <location filename="../../ui/curtailment/plan_editor.py" line="480"/>
        <source>manual recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="141"/>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="185"/>
        <source>Prove optimal (exact solver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="188"/>
        <source>Run the exact solver until the plan is proven optimal or the time limit: slower; without it the fast path answers in milliseconds with its gap to the bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="194"/>
        <source>Solver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="202"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="206"/>
        <source>Solve the plan against the fleet as it is now; nothing is sent (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="208"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="210"/>
        <source>Stop the solver (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="282"/>
        <source>No stored market data: type the hashprice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="456"/>
        <source>typed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="480"/>
        <source>when the price falls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="102"/>
        <source>Choose a site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="122"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="127"/>
        <source>Solving… {seconds} s (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="147"/>
        <source>The plan could not be solved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="149"/>
        <source>Preview failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="160"/>
        <source>Preview cancelled: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="169"/>
        <source>after the price trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="170"/>
        <source>Planned site power, starting {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="175"/>
        <source>from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="176"/>
        <source>Planned site power, starting at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="178"/>
        <source>from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="178"/>
        <source>Planned site power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="186"/>
        <source>recovery when the price falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="191"/>
        <source>Previewed: nothing is sent until the plan is saved, approved and executed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="192"/>
        <source>SLA policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="194"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="194"/>
        <source>e.g. Gold 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="197"/>
        <source>Empty: the default for customers without their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="198"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="200"/>
        <source>calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="203"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="210"/>
        <source>%1: response (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="212"/>
        <location filename="../../ui/crm/sla_page.py" line="218"/>
        <source>business minutes; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="216"/>
        <source>%1: resolution (min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerGauge</name>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="36"/>
        <source>drawing {kw} kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="38"/>
        <source>target level {kw} kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="40"/>
        <source>capacity {kw} kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="42"/>
        <source>Site {figures}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="42"/>
        <source>No power figures yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="118"/>
        <source>Preview the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="123"/>
        <source>Draft / line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="123"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="123"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="132"/>
        <source>Issue all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="138"/>
        <source>%1 draft(s) for %2, %3 USD in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="141"/>
        <source>Not drafted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="146"/>
        <source>Issue all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="154"/>
        <source>uptime %1 %, %2 gap(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="163"/>
        <source>Usage per miner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="165"/>
        <source>%1 kWh (%2 in gaps), uptime %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="170"/>
        <source>Gaps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="172"/>
        <source>%1 s billed at %2 W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="195"/>
        <source>No preview yet: fill in the plan on the left and press Preview (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="223"/>
        <source>Filter miners (name, host, model, customer, feed, level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="226"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="228"/>
        <source>Save this plan pending approval; nothing is sent to the miners (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="229"/>
        <source>Save and approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="231"/>
        <source>Save this plan approved, ready to execute (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="306"/>
        <source>The form changed since this preview: Preview again (Ctrl+Enter) to use the new values; Save keeps the plan shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="315"/>
        <source>{fleet} · previewed {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="330"/>
        <source>Saved: follow it in Execution; preview again for another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="336"/>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="357"/>
        <source>{total} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="359"/>
        <source>showing {shown} of {total} miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="373"/>
        <source>Keep this miner at full power and preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="375"/>
        <source>Keep these {count} miners at full power and preview again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="55"/>
        <source>Candles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="56"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="58"/>
        <source>SMA 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="59"/>
        <source>EMA 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="60"/>
        <source>Bollinger (20, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="61"/>
        <source>MACD crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="66"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="74"/>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="74"/>
        <source>Whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="77"/>
        <source>Zoom ({key}); the wheel and a drag zoom and pan too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="91"/>
        <source>BTC (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="92"/>
        <source>RSI 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="93"/>
        <source>MACD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="239"/>
        <source>{day}  close {close}  SMA {sma}  EMA {ema}  RSI {rsi}  MACD {macd} / {signal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceEntry</name>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="47"/>
        <source>Set power price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="48"/>
        <source>Power price now at {site}, in $/kWh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="83"/>
        <source>The power price was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="90"/>
        <source>The power price was not recorded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="94"/>
        <source>Recorded a power price of {price}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilitiesDialog</name>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="22"/>
        <source>Stage probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="24"/>
        <source>probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="33"/>
        <source>0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="34"/>
        <source>% of the stage&apos;s value counted as weighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="49"/>
        <source>Horizontal axis in days or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="50"/>
        <source>Cumulative profit (after hardware cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="77"/>
        <source>No figures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="108"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="108"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="163"/>
        <source>payback · day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="177"/>
        <source>halving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="183"/>
        <source>end of horizon: {profit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="197"/>
        <source>low: difficulty {pct} %/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="198"/>
        <source>base: {pct} %/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="199"/>
        <source>high: {pct} %/month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="246"/>
        <source>day {day} ({date}): {profit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="189"/>
        <source>{models} models, one unit each, $ per day at ${price}/kWh and BTC {btc} (break-even in $/kWh): {paying} make a profit · double-click to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="154"/>
        <source>Catalogue price of one unit, quoted {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../../ui/reconnect_banner.py" line="64"/>
        <source>Reconnecting to the database… unreachable since {since} ({elapsed}); last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reconnect_banner.py" line="71"/>
        <source>What you type is kept; saves made meanwhile can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/crm/record_page.py" line="108"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/record_page.py" line="151"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="310"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="311"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="312"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="165"/>
        <source>Remove miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="167"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="170"/>
        <source>Remove %1 from the fleet: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="174"/>
        <source>Keep their telemetry, alerts and customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="176"/>
        <source>Delete their telemetry too: %1 samples and %2 roll-ups, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="189"/>
        <source>Nothing is sent to the miners; they stop being polled, planned and billed. A kept miner comes back, with its history, when its address is added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="194"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="69"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="70"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="71"/>
        <source>Fees per block (BTC), every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="72"/>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="98"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="101"/>
        <source>No stored day has a difficulty: import a history file with a difficulty column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="154"/>
        <source>Cumulative profit (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="161"/>
        <source>{days} days with a stored close and difficulty ({gap} of {calendar} calendar days missing): {btc:.6f} BTC mined, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD.
Fees per block taken as {fees} BTC every day; the subsidy follows each day&apos;s halving era.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="233"/>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="236"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="241"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="167"/>
        <source>Invoiced (orange) and paid (blue) by billed month; %1 USD invoiced in the last %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="160"/>
        <source>What each role may do. Roles are built in; give a user a role on the Users page. Hover over a role for its description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="168"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="169"/>
        <source>Count the users in each role again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="176"/>
        <source>&lt;b&gt;Users per role&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="195"/>
        <source>The database cannot be reached; press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="44"/>
        <source>Hashrate (TH/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="45"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="46"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="47"/>
        <source>Electricity ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="48"/>
        <source>BTC price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="49"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="50"/>
        <source>Fees per block (BTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="51"/>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="52"/>
        <source>Pool fee (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="53"/>
        <source>Uptime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="54"/>
        <source>Hardware cost per unit (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="67"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="75"/>
        <source>Typed figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="165"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {where}&lt;br&gt;&lt;span style=&apos;color: {muted}&apos;&gt;from {source}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="173"/>
        <source>{variable} is set: it overrides the saved setting below until it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="181"/>
        <source>Embedded SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="182"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="192"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="200"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="209"/>
        <source>Ask for the password at each start instead of storing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="211"/>
        <source>Nothing is kept on this computer: the console and every command ask for it when they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="218"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="219"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="220"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="221"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="222"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="230"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="232"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="251"/>
        <source>Only an owner or an admin can change the database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="254"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="257"/>
        <source>Current connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="306"/>
        <source>Asked at each start: only typed here to test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="308"/>
        <source>Leave empty to keep the password stored in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="310"/>
        <source>No keyring to keep it: tick “Ask for the password at each start”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="318"/>
        <source>Takes effect at the next start. A server&apos;s password is kept in the OS keyring ({where}), or asked at each start if ticked; never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="323"/>
        <source>Takes effect at the next start. A server&apos;s password typed here is kept for this session only (lost when the program exits), or asked at each start if ticked; never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="328"/>
        <source>Takes effect at the next start. A server&apos;s password cannot be kept here (no keyring): tick “Ask for the password at each start”. It is never written to the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="341"/>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="423"/>
        <source>Not saved: this computer has no keyring to keep the password. Tick “Ask for the password at each start”, or install or unlock a keyring and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="444"/>
        <source>The password is not stored: it is asked at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="446"/>
        <source>The password is {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="462"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="467"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="480"/>
        <source>Applied, but not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="486"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="142"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="154"/>
        <source>Filter shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="52"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="52"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="52"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="56"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="56"/>
        <source>Price (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="56"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="63"/>
        <source>Signal ensemble (−100 sell … +100 buy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="68"/>
        <source>Latest prices by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="76"/>
        <source>No score: no market history yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="82"/>
        <source>buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="82"/>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="82"/>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="84"/>
        <source>Score {score:+.0f}: {stance} (as of {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="92"/>
        <source>Support {s} · resistance {r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="96"/>
        <source>Not counted (no data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="99"/>
        <source>Every module had data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="105"/>
        <source>No collection round yet: the market-history job asks the exchanges every 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="113"/>
        <source>{time}: {price} USD from {answered} of {asked} sources ({pct:.0f} % complete), {kept} kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="43"/>
        <source>The site to plan for (sites you may operate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="45"/>
        <source>no site to operate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="48"/>
        <source>What the site&apos;s miners that answered their last poll draw now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="59"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="60"/>
        <source>Read the power, the plans and the open plan again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="70"/>
        <source>Set price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="73"/>
        <source>Record the site&apos;s power price now, in $/kWh (what price-triggered plans watch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="76"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="83"/>
        <source>Power now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="124"/>
        <source>no power price recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="126"/>
        <source>No power price recorded for this site: Set price… records one (or `curtail price`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="131"/>
        <source>price {price}, {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="136"/>
        <source>The site&apos;s latest power price: {price} from {source}, recorded {when}. Price-triggered plans watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="159"/>
        <source>{n} of {m} miners reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="164"/>
        <source>{down} active miner(s) did not answer their last poll, or were not polled in the last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="167"/>
        <source>Every active miner answered its last poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="172"/>
        <source>power before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="172"/>
        <source>power at preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="174"/>
        <source>“{name}” ({state}): {before} {p0} · target ≤ {target} · now {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="185"/>
        <source>The plan&apos;s fixed figures: the site drew {p0} before it; it aims at {target} (shed {shed}), fixed when the run started. &apos;now&apos; is the power measured now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="197"/>
        <source>gap {gap} above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="199"/>
        <source>gap {gap}: within tolerance of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="201"/>
        <source>gap {gap}: at or below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="205"/>
        <source>Measured now − target; above target + tolerance ({tol}) it is shown as a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="215"/>
        <source>An estimate for the target typed in the form, from the power now; a plan fixes its figures when it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="222"/>
        <source>shed {target}: more than the site draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="224"/>
        <source>shed {target} → about {level} from the power now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="124"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="124"/>
        <source>e.g. Texas North</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="128"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="130"/>
        <source>e.g. Odessa, TX, USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="136"/>
        <source>Capacity (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="138"/>
        <source>e.g. 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="139"/>
        <source>Between 0 and 10,000 MW; leave it empty when not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="143"/>
        <source>Electricity ($/kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="145"/>
        <source>e.g. 0.045</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="146"/>
        <source>All-in price per kWh in US dollars, between 0 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="161"/>
        <source>Timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="162"/>
        <source>A second person approves curtailment plans (four-eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="167"/>
        <source>Curtailment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="169"/>
        <source>When on, whoever created a curtailment plan at this site cannot approve it (console and CLI).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesCustomersPage</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="283"/>
        <source>Miner logins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="308"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="309"/>
        <source>Read both lists again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="335"/>
        <source>Your role ({role}) may not set miner logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="337"/>
        <source>Select a site first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="339"/>
        <source>The web/API login {site}&apos;s miners take, kept in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="362"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="363"/>
        <source>
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="392"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="446"/>
        <source>Delete site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="447"/>
        <source>Delete the site {name}? Site managers scoped to it lose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="461"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="462"/>
        <source>Delete the customer account {name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="132"/>
        <source>{site}: {total} active miners — {online} online ({degraded} of them degraded), {curtailed} curtailed by a plan ({asleep} of them asleep), {sleeping} sleeping without a plan, {offline} offline, {alerting} with open alerts. Power counts only miners that report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="148"/>
        <source>Curtailment active: {plans}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="95"/>
        <source>Curtailment approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="97"/>
        <source>four-eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="99"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="278"/>
        <source>Miner logins…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="256"/>
        <source>New policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="257"/>
        <location filename="../../ui/crm/sla_page.py" line="263"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="261"/>
        <source>New calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaReportsPage</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="119"/>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="120"/>
        <source>Save signed SLA report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="124"/>
        <source>Your uptime per miner, curtailment hours, incidents and credits for a billed month, signed by the site. `hashinsight-desktop sla verify REPORT` proves it unaltered; away from the site, add --public-key with the site&apos;s key, shown here once a report is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="131"/>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="145"/>
        <source>Save SLA report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="145"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="160"/>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="163"/>
        <source>Saved the signed report to %1. The site&apos;s public key: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaTimerView</name>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="101"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="105"/>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="106"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="37"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="38"/>
        <source>Late fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="39"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="40"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="49"/>
        <source>Save statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="54"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="55"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="56"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="57"/>
        <source>Balance (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="91"/>
        <source>You owe %1 USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="98"/>
        <source>Save statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="98"/>
        <source>statement.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="98"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="107"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/theme.py" line="16"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="17"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="63"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="83"/>
        <source>Write a reply (Ctrl+Enter sends it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="85"/>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="88"/>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="127"/>
        <source>Could not read the ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="131"/>
        <source>T-%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="133"/>
        <source>&lt;h3&gt;T-%1 · %2&lt;/h3&gt;%3 · %4 · priority %5 · opened %6 by %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="144"/>
        <source>Miners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="146"/>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="156"/>
        <source>This ticket is closed: open a new one to write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="167"/>
        <source>%1 (customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="167"/>
        <source>%1 (staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="173"/>
        <source>%1 moved it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="176"/>
        <source>e-mail to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="189"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="218"/>
        <source>Reply sent; e-mailed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="220"/>
        <source>Reply sent; not e-mailed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="222"/>
        <source>Reply sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="91"/>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="96"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="98"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="98"/>
        <source>e.g. Two miners offline in rack 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="105"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="108"/>
        <source>Miners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="110"/>
        <source>names, comma-separated, e.g. m0012, m0013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="111"/>
        <source>The customer&apos;s miners the ticket is about (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="115"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="139"/>
        <source>New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="140"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="53"/>
        <location filename="../../ui/curtailment/timeline_chart.py" line="130"/>
        <source>Planned site power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="67"/>
        <source>site kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="93"/>
        <source>Preview a plan to see its power timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="102"/>
        <location filename="../../ui/curtailment/timeline_chart.py" line="128"/>
        <source>from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="154"/>
        <source>minutes from start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="159"/>
        <source>hours {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="159"/>
        <source>minutes {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="169"/>
        <source>target 0 kW: the request exceeds the site&apos;s power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="171"/>
        <source>The request is {kw} more than the site draws now: the target is drawn at 0 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="180"/>
        <source>target {power}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="189"/>
        <source>manual recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="191"/>
        <source>{note} (shown at 1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="193"/>
        <source>recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="200"/>
        <source>now {power} → {least} while shed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="241"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="243"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="245"/>
        <source>at {when}: {power}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerBox</name>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="32"/>
        <source>By hand (Execute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="33"/>
        <source>Once approved, the plan waits until someone executes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="34"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="36"/>
        <source>Once approved, the plan starts by itself at this time (the site&apos;s time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="39"/>
        <source>When the power price rises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="42"/>
        <source>Once approved, the plan starts by itself when the site&apos;s power price has stayed at or above the threshold for the minimum duration, and recovers when it has stayed below threshold − hysteresis as long (prices come from `curtail price` or a grid feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="57"/>
        <source>e.g. 0.18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="59"/>
        <source>0: recover below the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="142"/>
        <source>Price now {price} ({source}, {age}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="159"/>
        <source>Starts once the price has been ≥ {start} for {minutes} min; recovers once it has been &lt; {stop} as long. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="235"/>
        <source>The site&apos;s time zone (Admin → Sites)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="85"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="87"/>
        <source>e.g. j.smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="89"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="96"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="98"/>
        <source>e.g. Jane Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="103"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="105"/>
        <source>e.g. j.smith@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="107"/>
        <source>Where notices of the deals they own are e-mailed; empty: in the console only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="120"/>
        <source>You cannot change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="121"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="134"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="141"/>
        <source>Choose a customer account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="152"/>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="153"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="155"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>User guide — HashInsight Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users_page.py" line="164"/>
        <source>Filter users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="168"/>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="235"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="236"/>
        <source>
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="240"/>
        <source>No users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="240"/>
        <source>No user matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="266"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="266"/>
        <source>{total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="268"/>
        <source>{shown} of 1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="270"/>
        <source>{shown} of {total} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="281"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="281"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="286"/>
        <source>Your role ({role}) may not manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="292"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="375"/>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="377"/>
        <source>Delete the account {name}? It cannot be undone; disabling keeps the history readable and can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
