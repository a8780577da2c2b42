<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionGate</name>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="53"/>
        <source>not identified</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="55"/>
        <source>generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="67"/>
        <source>{family} firmware has no power target</source>
        <translation>{family} 固件不支持功率目标</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="72"/>
        <source>no power target</source>
        <translation>无功率目标</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="83"/>
        <source>{family} firmware has no power modes</source>
        <translation>{family} 固件没有功耗模式</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="145"/>
        <source>none of the {n} selected can: {why}</source>
        <translation>所选 {n} 台均不支持：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_gate.py" line="146"/>
        <source>{able} of the {n} selected can; the other {other} will be refused ({why})</source>
        <translation>所选 {n} 台中 {able} 台支持；其余 {other} 台将被拒绝（{why}）</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="129"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="176"/>
        <source>Log activity on %1</source>
        <translation>为 %1 记录活动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="182"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="183"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="183"/>
        <source>e.g. Called about the PDU order</source>
        <translation>例如：就 PDU 订单致电</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="187"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="188"/>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="188"/>
        <source>YYYY-MM-DD HH:MM (a task needs one)</source>
        <translation>YYYY-MM-DD HH:MM（任务必填）</translation>
    </message>
</context>
<context>
    <name>AdminTab</name>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="32"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="33"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="35"/>
        <source>Sites &amp; customers</source>
        <translation>矿场与客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="39"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="40"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="41"/>
        <source>Alert thresholds</source>
        <translation>告警阈值</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="42"/>
        <source>Control room</source>
        <translation>控制室</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="43"/>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_tab.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>AdminWidgets</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="62"/>
        <source>save the change</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="63"/>
        <source>Could not {action}: {reason}</source>
        <translation>无法{action}：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="378"/>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="385"/>
        <location filename="../../ui/admin/admin_widgets.py" line="393"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>AgeText</name>
    <message>
        <location filename="../../ui/age_text.py" line="14"/>
        <source>{n} s ago</source>
        <translation>{n} 秒前</translation>
    </message>
    <message>
        <location filename="../../ui/age_text.py" line="16"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../ui/age_text.py" line="18"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../../ui/age_text.py" line="19"/>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
</context>
<context>
    <name>AlertLimits</name>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="36"/>
        <source>polls</source>
        <translation>次轮询</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="37"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="44"/>
        <source>Chip temperature warning (°C)</source>
        <translation>芯片温度警告 (°C)</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="45"/>
        <source>Chip temperature critical (°C)</source>
        <translation>芯片温度严重 (°C)</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="46"/>
        <source>Temperature clears this far below (°C)</source>
        <translation>温度回落多少后解除 (°C)</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="47"/>
        <source>Hashrate alert below (% of nominal)</source>
        <translation>算力低于此值告警（额定值的 %）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="48"/>
        <source>Hashrate clears this far above (%)</source>
        <translation>算力回升多少后解除 (%)</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="49"/>
        <source>Offline after failed polls</source>
        <translation>轮询失败多少次后判定离线</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="50"/>
        <source>Hold before clearing (s)</source>
        <translation>解除前保持时间 (秒)</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="60"/>
        <source>every site</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="61"/>
        <source>every model</source>
        <translation>所有型号</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="69"/>
        <source>{limit}: {value}</source>
        <translation>{limit}：{value}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="71"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AlertThresholdsPage</name>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="84"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="85"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="90"/>
        <source>{low}–{high} {unit}; empty: inherited</source>
        <translation>{low}–{high} {unit}；留空：继承</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="97"/>
        <source>Save limits</source>
        <translation>保存阈值</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="98"/>
        <source>Empty fields inherit; a scope left with no limit is removed</source>
        <translation>留空的字段继承上级；没有任何阈值的范围将被删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="104"/>
        <source>Limits inherit, most specific first: a model on a site, the model, the site, the farm, then the built-in defaults. A miner curtailed by a plan or under maintenance raises no alert for that state.</source>
        <translation>阈值按从具体到一般的顺序继承：某矿场的某型号、该型号、该矿场、所有矿场，最后是内置默认值。因计划限电或正在维护的矿机不会因该状态产生告警。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="127"/>
        <source>Every site (farm default)</source>
        <translation>所有矿场（全局默认）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="128"/>
        <source>Every model</source>
        <translation>所有型号</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="158"/>
        <source>inherited: {value}</source>
        <translation>继承：{value}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="163"/>
        <source>Alert limits</source>
        <translation>告警阈值</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="171"/>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="174"/>
        <source>Limits not saved</source>
        <translation>阈值未保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="176"/>
        <source>Saved: the poller uses them from its next poll.</source>
        <translation>已保存：轮询器将从下一次轮询开始使用。</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="188"/>
        <source>no answer to {count} polls: {error}</source>
        <translation>{count} 次轮询无应答：{error}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="193"/>
        <source>no answer to {count} polls</source>
        <translation>{count} 次轮询无应答</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="203"/>
        <source>{dead} of {total} hash boards dead (no hashrate)</source>
        <translation>{total} 块算力板中 {dead} 块失效（无算力）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="212"/>
        <source>no mining pool configured or reported</source>
        <translation>未配置或未上报矿池</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="216"/>
        <source>pool {url} is dead</source>
        <translation>矿池 {url} 不可用</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="228"/>
        <source>chip temperature {temp:g} °C (limit {limit:g} °C)</source>
        <translation>芯片温度 {temp:g} °C（上限 {limit:g} °C）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="241"/>
        <source>hashrate {hashrate:.1f} TH/s is {pct:.0f}% of nominal {nominal:g} TH/s (alert below {minimum:g}%)</source>
        <translation>算力 {hashrate:.1f} TH/s，为额定 {nominal:g} TH/s 的 {pct:.0f}%（告警线 {minimum:g}%）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="252"/>
        <source>no hashrate</source>
        <translation>无算力</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="255"/>
        <source>not hashing: {error}</source>
        <translation>未在挖矿：{error}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/anomaly_scores.py" line="161"/>
        <source>anomaly: {reason}</source>
        <translation>异常：{reason}</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="67"/>
        <source>{raised} — now: {now}</source>
        <translation>{raised} — 当前：{now}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="130"/>
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="132"/>
        <source>Mark every selected alert as seen by you, with a note (they stay open until the condition clears)</source>
        <translation>将所选告警标记为您已查看，并附备注（在情况解除前告警保持未关闭）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="134"/>
        <source>Your role ({role}) may not acknowledge alerts</source>
        <translation>您的角色（{role}）无权确认告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="192"/>
        <source>{count}, {new} new</source>
        <translation>{count}，{new} 条新</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="194"/>
        <source> of {every} — the miners shown</source>
        <translation> / {every} — 所显示的矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="196"/>
        <source>Open alerts ({count})</source>
        <translation>未关闭告警（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="196"/>
        <source>Open alerts: none</source>
        <translation>未关闭告警：无</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="198"/>
        <source>Open alerts: none of the miners shown (0 of {every})</source>
        <translation>未关闭告警：所显示的矿机均无（0 / {every}）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="229"/>
        <source>Acknowledge alerts</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="230"/>
        <source>Acknowledge {count} alerts. Note (optional: who is on it, what was done):</source>
        <translation>确认 {count} 条告警。备注（可选：由谁处理、做了什么）：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="242"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="245"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="251"/>
        <source>Alerts not acknowledged</source>
        <translation>告警未确认</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="252"/>
        <source>Not acknowledged: {error}</source>
        <translation>未确认：{error}</translation>
    </message>
</context>
<context>
    <name>AnalyticsTab</name>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="70"/>
        <source>&amp;Import history…</source>
        <translation>导入历史数据(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="71"/>
        <source>A CSV or XLSX file with date, close and optional OHLCV, difficulty</source>
        <translation>包含日期、收盘价以及可选 OHLCV、难度的 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="100"/>
        <source>&amp;Market</source>
        <translation>市场(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="101"/>
        <source>F&amp;orecast</source>
        <translation>预测(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="105"/>
        <source>ROI &amp;heat-map</source>
        <translation>ROI 热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="108"/>
        <source>Re&amp;play</source>
        <translation>回放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="109"/>
        <source>E&amp;xplain</source>
        <translation>解释(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="166"/>
        <source>{n} daily bars, {first} – {last} ({imported} imported, {collected} collected)</source>
        <translation>{n} 根日线，{first} – {last}（导入 {imported}，采集 {collected}）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="177"/>
        <source>Demo: {n} of these days are a simulated market, not real prices.</source>
        <translation>演示：其中 {n} 天是模拟市场，并非真实价格。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="185"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation>尚无市场历史数据：请导入文件，或等待每 15 分钟一次的采集。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="202"/>
        <source>Import market history</source>
        <translation>导入市场历史数据</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="202"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="217"/>
        <source>Importing {path}…</source>
        <translation>正在导入 {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="223"/>
        <source>Import refused, nothing written:</source>
        <translation>导入被拒绝，未写入任何数据：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/analytics_tab.py" line="227"/>
        <source>Imported {rows} days {first} – {last}: {written} new, {replaced} replaced, {skipped} collected days kept</source>
        <translation>已导入 {rows} 天 {first} – {last}：新增 {written}，替换 {replaced}，保留已采集的 {skipped} 天</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../../services/analytics/anomalies.py" line="44"/>
        <source>hashrate {current:.1f} {unit} vs nameplate {baseline:.1f} {unit} (score {score:.1f})</source>
        <translation>算力 {current:.1f} {unit}，铭牌值 {baseline:.1f} {unit}（评分 {score:.1f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/anomalies.py" line="47"/>
        <source>efficiency {current:.1f} {unit} vs nameplate {baseline:.1f} {unit} (score {score:.1f})</source>
        <translation>能效 {current:.1f} {unit}，铭牌值 {baseline:.1f} {unit}（评分 {score:.1f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/anomalies.py" line="51"/>
        <source>hashrate {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})</source>
        <translation>算力 {current:.1f} {unit}，24 小时基线 {baseline:.1f} {unit}（评分 {score:.1f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/anomalies.py" line="54"/>
        <source>chip temperature {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})</source>
        <translation>芯片温度 {current:.1f} {unit}，24 小时基线 {baseline:.1f} {unit}（评分 {score:.1f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/anomalies.py" line="58"/>
        <source>efficiency {current:.1f} {unit} vs its 24 h baseline {baseline:.1f} {unit} (score {score:.1f})</source>
        <translation>能效 {current:.1f} {unit}，24 小时基线 {baseline:.1f} {unit}（评分 {score:.1f}）</translation>
    </message>
</context>
<context>
    <name>ApiKeyRow</name>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="34"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="35"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="57"/>
        <source>cannot be stored here</source>
        <translation>无法在此存储</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="64"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="74"/>
        <source>not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="84"/>
        <source>not removed: {error}</source>
        <translation>未删除：{error}</translation>
    </message>
</context>
<context>
    <name>ApiKeysGroup</name>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="21"/>
        <source>optional demo key; raises the free rate limit</source>
        <translation>可选的演示密钥；提高免费调用频率上限</translation>
    </message>
    <message>
        <location filename="../../ui/admin/api_keys_group.py" line="92"/>
        <source>Market data API keys</source>
        <translation>市场数据 API 密钥</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="151"/>
        <source>New asset</source>
        <translation>新建资产</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="151"/>
        <source>Edit asset %1</source>
        <translation>编辑资产 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="155"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="157"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="157"/>
        <source>e.g. Antminer S21, APC PDU</source>
        <translation>例如：Antminer S21、APC PDU</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="160"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="160"/>
        <location filename="../../ui/crm/customer_sections.py" line="163"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="163"/>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="166"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="166"/>
        <source>e.g. Hall B, rack 12</source>
        <translation>例如：B 厅 12 号机架</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="170"/>
        <source>Fleet miner</source>
        <translation>机群矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="172"/>
        <source>the customer&apos;s miner&apos;s name, e.g. m0012</source>
        <translation>客户矿机的名称，例如 m0012</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="173"/>
        <source>When the asset is one of the miners we host for them; empty: other equipment.</source>
        <translation>当该资产是我们为其托管的矿机之一时填写；留空：其他设备。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="422"/>
        <source>acknowledged {severity} {kind} alert: {message} ({note})</source>
        <translation>已确认 {severity} {kind} 告警：{message}（{note}）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="430"/>
        <source>acknowledged {severity} {kind} alert: {message}</source>
        <translation>已确认 {severity} {kind} 告警：{message}</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="101"/>
        <source>failed login #{count}</source>
        <translation>第 {count} 次登录失败</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="61"/>
        <source>loaded {count} models from the shipped catalogue</source>
        <translation>已从内置型号目录载入 {count} 个型号</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="209"/>
        <source>added {manufacturer} {name}</source>
        <translation>已添加 {manufacturer} {name}</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="229"/>
        <source>edited {manufacturer} {name}</source>
        <translation>已编辑 {manufacturer} {name}</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="234"/>
        <source>edited {manufacturer} {name}; price ${price:,} as of {day}</source>
        <translation>已编辑 {manufacturer} {name}；价格 ${price:,}（{day}）</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="240"/>
        <source>edited {manufacturer} {name}; price removed</source>
        <translation>已编辑 {manufacturer} {name}；已移除价格</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="284"/>
        <source>deleted {manufacturer} {name}</source>
        <translation>已删除 {manufacturer} {name}</translation>
    </message>
    <message>
        <location filename="../../services/sites.py" line="99"/>
        <source>created site {name}</source>
        <translation>已创建矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../services/sites.py" line="132"/>
        <source>updated site {name}</source>
        <translation>已更新矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../services/sites.py" line="160"/>
        <source>deleted site {name}</source>
        <translation>已删除矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="174"/>
        <source>created {username} ({role})</source>
        <translation>已创建用户 {username}（{role}）</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="248"/>
        <source>updated {username}</source>
        <translation>已更新用户 {username}</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="289"/>
        <source>password changed for {username}</source>
        <translation>已修改 {username} 的密码</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="339"/>
        <source>unlocked {username} after {count} failed logins</source>
        <translation>已解锁 {username}（此前登录失败 {count} 次）</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="373"/>
        <source>deleted {username}</source>
        <translation>已删除用户 {username}</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="153"/>
        <source>{kind} on {subject_kind} {subject_id}: {title}</source>
        <translation>{subject_kind} {subject_id} 的{kind}：{title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="272"/>
        <source>task done: {title}</source>
        <translation>任务已完成：{title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="170"/>
        <source>imported {count} assets from {source}</source>
        <translation>已从 {source} 导入 {count} 项资产</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="240"/>
        <source>recorded asset {serial} of {name}</source>
        <translation>已登记 {name} 的资产 {serial}</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="276"/>
        <source>updated asset {serial}</source>
        <translation>已更新资产 {serial}</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="295"/>
        <source>removed asset {serial}</source>
        <translation>已移除资产 {serial}</translation>
    </message>
    <message>
        <location filename="../../services/crm/commissions.py" line="53"/>
        <source>commission {amount} on deal {title} ({commission_rate_pct} % of {value})</source>
        <translation>商机 {title} 的佣金 {amount}（{value} 的 {commission_rate_pct} %）</translation>
    </message>
    <message>
        <location filename="../../services/crm/contacts.py" line="94"/>
        <source>added contact {name} to {customer_name}</source>
        <translation>已为 {customer_name} 添加联系人 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/contacts.py" line="126"/>
        <source>updated contact {name}</source>
        <translation>已更新联系人 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/contacts.py" line="148"/>
        <source>removed contact {name}</source>
        <translation>已移除联系人 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/conversion.py" line="143"/>
        <source>existing customer (matched by {matched_by})</source>
        <translation>现有客户（按 {matched_by} 匹配）</translation>
    </message>
    <message>
        <location filename="../../services/crm/conversion.py" line="145"/>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../services/crm/conversion.py" line="156"/>
        <source>lead {title} converted into deal {deal_title} for {name}, {how}</source>
        <translation>线索 {title} 已转为 {name} 的商机 {deal_title}，{how}</translation>
    </message>
    <message>
        <location filename="../../services/crm/crm_mail.py" line="265"/>
        <source>sent a test e-mail to {recipients}</source>
        <translation>已向 {recipients} 发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="305"/>
        <source>created customer {name}</source>
        <translation>已创建客户 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="366"/>
        <source>updated customer {name}</source>
        <translation>已更新客户 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="423"/>
        <source>deleted customer {name}</source>
        <translation>已删除客户 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/deals.py" line="283"/>
        <source>added deal {title}</source>
        <translation>已添加商机 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/deals.py" line="329"/>
        <source>updated deal {title}</source>
        <translation>已更新商机 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="166"/>
        <source>recorded incident {title} ({kind})</source>
        <translation>已记录事件 {title}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="198"/>
        <source>linked {n_tickets} tickets, {n_miners} miners to incident {title}</source>
        <translation>已将 {n_tickets} 个工单、{n_miners} 台矿机关联到事件 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="234"/>
        <source>ended incident {title}</source>
        <translation>已结束事件 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/leads.py" line="249"/>
        <source>added lead {title}</source>
        <translation>已添加线索 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/leads.py" line="297"/>
        <source>updated lead {title}</source>
        <translation>已更新线索 {title}</translation>
    </message>
    <message>
        <location filename="../../services/crm/leads.py" line="342"/>
        <source>{kind} {title}: {source} → {target}</source>
        <translation>{kind} {title}：{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="86"/>
        <source>{username}: CRM notices to {email}</source>
        <translation>{username}：CRM 通知发送至 {email}</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="88"/>
        <source>{username}: CRM notices in the console only</source>
        <translation>{username}：CRM 通知仅在控制台中显示</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="101"/>
        <source>added business calendar {name}</source>
        <translation>已添加工作日历 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="103"/>
        <source>changed business calendar {name}</source>
        <translation>已修改工作日历 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="194"/>
        <source>added SLA policy {name}</source>
        <translation>已添加 SLA 策略 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="196"/>
        <source>changed SLA policy {name}</source>
        <translation>已修改 SLA 策略 {name}</translation>
    </message>
    <message>
        <location filename="../../services/crm/stage_probabilities.py" line="80"/>
        <source>deal stage {stage}: probability {before} % → {after} %</source>
        <translation>商机阶段 {stage}：概率 {before} % → {after} %</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="219"/>
        <source>opened ticket T-{number}: {subject}</source>
        <translation>已开立工单 T-{number}：{subject}</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="304"/>
        <source>moved ticket T-{number} {before} → {to_status}</source>
        <translation>工单 T-{number} 状态 {before} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="402"/>
        <source>replied on ticket T-{number}</source>
        <translation>已回复工单 T-{number}</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="451"/>
        <source>edited ticket T-{number}</source>
        <translation>已编辑工单 T-{number}</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="238"/>
        <source>added notification channel {name} ({kind}: {recipient})</source>
        <translation>已添加通知渠道 {name}（{kind}：{recipient}）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="240"/>
        <source>changed notification channel {name} ({kind}: {recipient})</source>
        <translation>已修改通知渠道 {name}（{kind}：{recipient}）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="274"/>
        <source>removed notification channel {name} ({kind})</source>
        <translation>已移除通知渠道 {name}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/delivery.py" line="195"/>
        <source>sent a test notification through {name} ({recipient})</source>
        <translation>已通过 {name}（{recipient}）发送测试通知</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="125"/>
        <source>added notification rule {name} → {channel}</source>
        <translation>已添加通知规则 {name} → {channel}</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="127"/>
        <source>changed notification rule {name} → {channel}</source>
        <translation>已修改通知规则 {name} → {channel}</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="151"/>
        <source>removed notification rule {name}</source>
        <translation>已移除通知规则 {name}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/history_import.py" line="151"/>
        <source>imported {count} daily bar(s) {first_day} – {last_day} from {name}</source>
        <translation>已从 {name} 导入 {count} 根日线（{first_day} – {last_day}）</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="171"/>
        <source>retried dead letter: event {event_id} ({topic}) of consumer {consumer}</source>
        <translation>已重试死信：消费者 {consumer} 的事件 {event_id}（{topic}）</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="192"/>
        <source>discarded dead letter: event {event_id} ({topic}) of consumer {consumer} after {attempts} attempts</source>
        <translation>已丢弃死信：消费者 {consumer} 的事件 {event_id}（{topic}），已尝试 {attempts} 次</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="240"/>
        <source>retried dead letter: notification {subject!r} to {channel}</source>
        <translation>已重试死信：发往 {channel} 的通知 {subject!r}</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="257"/>
        <source>discarded dead letter: notification {subject!r} to {channel} after {attempts} attempts</source>
        <translation>已丢弃死信：发往 {channel} 的通知 {subject!r}，已尝试 {attempts} 次</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="245"/>
        <source>{command} {host}: ok</source>
        <translation>{command} {host}：成功</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="251"/>
        <source>{command} {host}: {detail}</source>
        <translation>{command} {host}：{detail}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="295"/>
        <source>{command} {host}: refused, {reason}</source>
        <translation>{command} {host}：被拒绝，{reason}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/customer_assignments.py" line="125"/>
        <source>{count} miners to {customer} from {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>{count} 台矿机自 {at:%Y-%m-%d %H:%M} UTC 起归属 {customer}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/identification.py" line="80"/>
        <source>identified {count} miners</source>
        <translation>已识别 {count} 台矿机</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="68"/>
        <source>renamed {before} to {new_name}</source>
        <translation>已将 {before} 重命名为 {new_name}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="175"/>
        <source>{count} miners: {described}</source>
        <translation>{count} 台矿机：{described}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="216"/>
        <source>{count} miners moved to {site}</source>
        <translation>{count} 台矿机已移至 {site}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="271"/>
        <source>removed {count} miners (telemetry kept)</source>
        <translation>已移除 {count} 台矿机（保留遥测）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="273"/>
        <source>removed {count} miners (telemetry deleted)</source>
        <translation>已移除 {count} 台矿机（已删除遥测）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="323"/>
        <source>imported {source}: {added} added, {updated} updated</source>
        <translation>已导入 {source}：添加 {added} 台，更新 {updated} 台</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="324"/>
        <source>a miner list</source>
        <translation>矿机列表</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miners.py" line="172"/>
        <source>added {count} miners</source>
        <translation>已添加 {count} 台矿机</translation>
    </message>
    <message>
        <location filename="../../services/fleet/pool_passwords.py" line="68"/>
        <source>stored the password of pool {pool} in the keyring</source>
        <translation>已将矿池 {pool} 的密码保存到密钥环</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="62"/>
        <source>factory defaults</source>
        <translation>出厂默认</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="64"/>
        <source>user {user}</source>
        <translation>用户 {user}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="77"/>
        <source>miner login of {site} ({model}): {login}</source>
        <translation>{site} 的矿机登录（{model}）：{login}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="83"/>
        <source>miner login of {site}: {login}</source>
        <translation>{site} 的矿机登录：{login}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="293"/>
        <source>alert thresholds {limits}</source>
        <translation>告警阈值 {limits}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="295"/>
        <source>alert thresholds removed</source>
        <translation>已移除告警阈值</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="381"/>
        <source>{count} miners under maintenance</source>
        <translation>{count} 台矿机进入维护</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="383"/>
        <source>{count} miners out of maintenance</source>
        <translation>{count} 台矿机结束维护</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="321"/>
        <source>added contract {reference} for {customer}</source>
        <translation>已为 {customer} 添加合同 {reference}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="358"/>
        <source>contract {reference}: version {number}</source>
        <translation>合同 {reference}：第 {number} 版</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="102"/>
        <source>credit note {number}: {amount} USD on invoice {invoice_number}</source>
        <translation>贷项通知单 {number}：发票 {invoice_number} 贷记 {amount} USD</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="201"/>
        <source>issued invoice {number} ({total_usd} USD), due {due_on}</source>
        <translation>已开具发票 {number}（{total_usd} USD），到期日 {due_on}</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="259"/>
        <source>void invoice {invoice}: {reason}</source>
        <translation>作废发票 {invoice}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/billing/payments.py" line="80"/>
        <source>payment of {amount} USD on invoice {number} ({status})</source>
        <translation>发票 {number} 收到付款 {amount} USD（{status}）</translation>
    </message>
    <message>
        <location filename="../../services/billing/proposals.py" line="64"/>
        <source>proposed to curtail {count} miner(s) for overdue invoice {number}</source>
        <translation>因发票 {number} 逾期，提议对 {count} 台矿机限电</translation>
    </message>
    <message>
        <location filename="../../services/billing/proposals.py" line="124"/>
        <source>{status} to {action} {count} miner(s): {reason}</source>
        <translation>{status}：对 {count} 台矿机执行 {action}：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/billing/reminders.py" line="86"/>
        <source>invoice {number} overdue since {due_on}</source>
        <translation>发票 {number} 自 {due_on} 起逾期</translation>
    </message>
    <message>
        <location filename="../../services/billing/reminders.py" line="113"/>
        <source>reminder {step} for invoice {number}: late fee {fee} USD</source>
        <translation>发票 {number} 第 {step} 次催款：滞纳金 {fee} USD</translation>
    </message>
    <message>
        <location filename="../../services/billing/reminders.py" line="120"/>
        <source>reminder {step} for invoice {number}</source>
        <translation>发票 {number} 第 {step} 次催款</translation>
    </message>
    <message>
        <location filename="../../services/billing/run.py" line="231"/>
        <source>draft invoice {label} for {customer} ({reference} v{number}): {total_usd} USD</source>
        <translation>{customer} 的发票草稿 {label}（{reference} 第 {number} 版）：{total_usd} USD</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor.py" line="311"/>
        <source>plan {name!r}: {report}</source>
        <translation>计划 {name!r}：{report}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="128"/>
        <source>plan {name!r}: {before} → {after}</source>
        <translation>计划 {name!r}：{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="291"/>
        <source>plan {name!r}: shed {shed_kw:,.1f} kW of {target_kw:,.1f} kW on {count} miners at {site}</source>
        <translation>计划 {name!r}：在 {site} 的 {count} 台矿机上削减 {shed_kw:,.1f} kW（目标 {target_kw:,.1f} kW）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/price_trigger.py" line="131"/>
        <source>power price ${price:g}/kWh ({source})</source>
        <translation>电价 ${price:g}/kWh（{source}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/stop.py" line="73"/>
        <source>plan {name!r}: stop asked while {state} by {holder}</source>
        <translation>计划 {name!r}：请求停止（{state}，由 {holder} 运行）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/stop.py" line="110"/>
        <source>plan {name!r}: stopped by {username} (its executor was gone, epoch {epoch})</source>
        <translation>计划 {name!r}：由 {username} 停止（其执行者已失联，任期 {epoch}）</translation>
    </message>
    <message>
        <location filename="../../services/account_recovery.py" line="86"/>
        <source>owner {name} recovered with direct database access by {operator}: new password, unlocked, enabled</source>
        <translation>所有者 {name} 已由 {operator} 通过直接访问数据库恢复：新密码、已解锁、已启用</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="95"/>
        <source>Search actor, action, entity, id or summary  (Ctrl+F)</source>
        <translation>搜索操作人、操作、实体、ID 或摘要  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="97"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="98"/>
        <source>Reload the log (F5)</source>
        <translation>重新加载日志 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="99"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="101"/>
        <source>Recompute every record&apos;s hash, check the chain is unbroken and that its end was not cut</source>
        <translation>重新计算每条记录的哈希，检查链条完整、末端未被截断</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="103"/>
        <source>Verify against a checkpoint…</source>
        <translation>对照检查点校验…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="105"/>
        <source>Also prove the log still holds the end an off-site checkpoint recorded (audit checkpoint --out)</source>
        <translation>同时证明日志仍包含异地检查点记录的末端 (audit checkpoint --out)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="181"/>
        <source>Cannot read the audit log: {error}</source>
        <translation>无法读取审计日志：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="192"/>
        <source>No records match “{search}”</source>
        <translation>没有与“{search}”匹配的记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="193"/>
        <source>The audit log is empty</source>
        <translation>审计日志为空</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="195"/>
        <source>Showing {shown} of {total} records (newest first; search to narrow down)</source>
        <translation>显示 {shown} / {total} 条记录（最新在前；可搜索以缩小范围）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="198"/>
        <source>Showing {shown} of {total} records</source>
        <translation>显示 {shown} / {total} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="234"/>
        <source>Audit checkpoint file</source>
        <translation>审计检查点文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="236"/>
        <source>Audit checkpoints (*.json)</source>
        <translation>审计检查点 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="236"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="246"/>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="273"/>
        <source>Verification could not run: {error}</source>
        <translation>无法执行校验：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="287"/>
        <source>{name}: {detail}</source>
        <translation>{name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="294"/>
        <source>Chain intact: {count} records verified</source>
        <translation>链条完整：已校验 {count} 条记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="301"/>
        <source>CUT: {problem}</source>
        <translation>已截断：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="303"/>
        <source>TAMPERED at record {seq}: {reason}</source>
        <translation>第 {seq} 条记录被篡改：{reason}</translation>
    </message>
</context>
<context>
    <name>AuditVerify</name>
    <message>
        <location filename="../../services/audit_head.py" line="55"/>
        <source>record {seq} (hash {hash}…, seen {seen} UTC)</source>
        <translation>第 {seq} 条记录（哈希 {hash}…，{seen} UTC 时所见）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="154"/>
        <source>record {seq} is not the one seen (its hash differs: replaced)</source>
        <translation>第 {seq} 条记录与所见不同（哈希不一致：已被替换）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="159"/>
        <source>the log is empty, but it had reached record {seq} (emptied)</source>
        <translation>日志为空，但曾记录到第 {seq} 条（已被清空）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="163"/>
        <source>the log ends at record {last}, but it had reached record {seq} (newest records removed)</source>
        <translation>日志止于第 {last} 条，但曾记录到第 {seq} 条（最新记录已被删除）</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="165"/>
        <location filename="../../services/audit_head.py" line="169"/>
        <source>record {seq} is missing (deleted)</source>
        <translation>第 {seq} 条记录缺失（已被删除）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="179"/>
        <source>the log is empty, but the database&apos;s head says it had reached record {head} (emptied)</source>
        <translation>日志为空，但数据库的末端标记显示曾记录到第 {head} 条（已被清空）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="186"/>
        <source>the log ends at record {last}, but the database&apos;s head says it had reached record {head} (newest records removed)</source>
        <translation>日志止于第 {last} 条，但数据库的末端标记显示曾记录到第 {head} 条（最新记录已被删除）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="195"/>
        <source>the database&apos;s head (record {head}) does not match the log&apos;s end (record {last}): altered</source>
        <translation>数据库的末端标记（第 {head} 条）与日志末端（第 {last} 条）不符：已被篡改</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="118"/>
        <source>{name}: OK — {detail}</source>
        <translation>{name}：正常 — {detail}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="120"/>
        <source>{name}: FAILED — {detail}</source>
        <translation>{name}：失败 — {detail}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="143"/>
        <source>audit log TAMPERED at record {seq}: {reason}</source>
        <translation>审计日志第 {seq} 条记录被篡改：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="149"/>
        <source>audit log CUT: {problem}</source>
        <translation>审计日志被截断：{problem}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="151"/>
        <source>audit log intact: {count} records, chain and its end verified</source>
        <translation>审计日志完整：{count} 条记录，链条及末端均已校验</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="167"/>
        <source>record {seq} appears out of order</source>
        <translation>第 {seq} 条记录顺序错乱</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="171"/>
        <source>does not follow record {seq} (records removed or reordered)</source>
        <translation>未接续第 {seq} 条记录（记录被删除或重排）</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="174"/>
        <source>its contents do not match its hash (edited)</source>
        <translation>内容与其哈希不符（已被修改）</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="193"/>
        <source>database head</source>
        <translation>数据库末端标记</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="196"/>
        <source>the log ends at record {seq}, as the database&apos;s head says</source>
        <translation>日志止于第 {seq} 条，与数据库的末端标记一致</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="200"/>
        <source>no records yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="208"/>
        <source>this computer&apos;s head file</source>
        <translation>这台计算机的末端文件</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="210"/>
        <location filename="../../services/audit.py" line="227"/>
        <source>the log still holds {record}</source>
        <translation>日志仍包含{record}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="212"/>
        <source>first verify of this database here</source>
        <translation>在此首次校验该数据库</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="219"/>
        <source>the checkpoint is of another database ({other}; this is {this})</source>
        <translation>该检查点属于另一个数据库（{other}；本数据库为 {this}）</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="226"/>
        <source>checkpoint {file}</source>
        <translation>检查点 {file}</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="14"/>
        <source>Fill in the market inputs in the calculator first (BTC price, difficulty, fees, block height).</source>
        <translation>请先在计算器中填写市场参数（BTC 价格、难度、手续费、区块高度）。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="19"/>
        <source>&lt;p&gt;&lt;b&gt;Open a fleet file&lt;/b&gt; (Ctrl+O) or drop one here: CSV or XLSX, one line per group of machines.&lt;/p&gt;&lt;p&gt;Columns: &lt;b&gt;model&lt;/b&gt;, &lt;b&gt;quantity&lt;/b&gt;, &lt;b&gt;electricity_price&lt;/b&gt; (USD/kWh), and optionally &lt;b&gt;hardware_cost&lt;/b&gt; (USD per unit) and &lt;b&gt;site&lt;/b&gt;. Every line is computed at the calculator&apos;s market inputs; a file with any bad cell is listed by row and column and nothing is computed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;打开机群文件&lt;/b&gt; (Ctrl+O) 或将文件拖放到此处：CSV 或 XLSX，每行一组机器。&lt;/p&gt;&lt;p&gt;列：&lt;b&gt;model&lt;/b&gt;、&lt;b&gt;quantity&lt;/b&gt;、&lt;b&gt;electricity_price&lt;/b&gt; (USD/kWh)，可选 &lt;b&gt;hardware_cost&lt;/b&gt;（每台 USD）和 &lt;b&gt;site&lt;/b&gt;。每一行都按计算器的市场参数计算；文件中只要有错误单元格，就会按行和列列出，且不进行任何计算。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="28"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="29"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="40"/>
        <source>BTC {price}</source>
        <translation>BTC {price}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="41"/>
        <source>difficulty {difficulty}</source>
        <translation>难度 {difficulty}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="42"/>
        <source>fees {fees} BTC/block</source>
        <translation>手续费 {fees} BTC/区块</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="43"/>
        <source>block {height}</source>
        <translation>区块 {height}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="44"/>
        <source>pool fee {pct} %</source>
        <translation>矿池费 {pct} %</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="45"/>
        <source>uptime {pct} %</source>
        <translation>在线率 {pct} %</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="46"/>
        <source>difficulty growth {pct} %/month</source>
        <translation>难度增长 {pct} %/月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="47"/>
        <source>horizon {months} months</source>
        <translation>期限 {months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="49"/>
        <source>Computed at {inputs}</source>
        <translation>计算参数：{inputs}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="99"/>
        <source>Open fleet file…</source>
        <translation>打开机群文件…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="100"/>
        <source>A CSV or XLSX fleet file (Ctrl+O); you can also drop a file here</source>
        <translation>CSV 或 XLSX 机群文件 (Ctrl+O)；也可以将文件拖放到此处</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="101"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="102"/>
        <source>Read the file again and compute it at the calculator&apos;s current inputs</source>
        <translation>重新读取文件，并按计算器当前参数计算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="107"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="108"/>
        <source>A formatted workbook with a summary sheet and a profit chart</source>
        <translation>带汇总表和利润图的格式化工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="109"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_page.py" line="40"/>
        <source>Filter by site or model</source>
        <translation>按矿场或型号筛选</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="156"/>
        <source>Open fleet file</source>
        <translation>打开机群文件</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="156"/>
        <source>Fleet files (*.csv *.xlsx);;All files (*)</source>
        <translation>机群文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="234"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="247"/>
        <source>{file} has a header but no fleet rows.</source>
        <translation>{file} 有标题行但没有机群数据行。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="252"/>
        <source>Computing {count} rows…</source>
        <translation>正在计算 {count} 行…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="263"/>
        <source>Cancelled after {done} of {total} rows: nothing is shown. Reload computes it again.</source>
        <translation>已在 {done} / {total} 行后取消：不显示任何结果。点击“重新加载”可重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="275"/>
        <source>{file} could not be computed: {error}</source>
        <translation>{file} 无法计算：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="307"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="314"/>
        <source>Not saved to history</source>
        <translation>未保存到历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="323"/>
        <source>{status} Not saved to history: {error}</source>
        <translation>{status} 未保存到历史记录：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="338"/>
        <source>{file}: {cells} in {rows}. Nothing was computed: fix the file and press Reload.</source>
        <translation>{file}：{cells}（涉及 {rows}）。未进行任何计算：请修正文件后点击“重新加载”。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="340"/>
        <source>1 invalid cell</source>
        <translation>1 个无效单元格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="342"/>
        <source>{count} invalid cells</source>
        <translation>{count} 个无效单元格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="343"/>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="343"/>
        <source>{count} rows</source>
        <translation>{count} 行</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="364"/>
        <source>{file}: {rows} rows computed in {seconds} s.</source>
        <translation>{file}：{rows} 行已在 {seconds} 秒内计算完成。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="64"/>
        <source>&lt;b&gt;Fleet:&lt;/b&gt; {rows} lines, {machines} machines, {speed}, {power}</source>
        <translation>&lt;b&gt;机群：&lt;/b&gt;{rows} 行，{machines} 台机器，{speed}，{power}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="67"/>
        <source>&lt;b&gt;Profit {day}/day&lt;/b&gt; ({month}/month)</source>
        <translation>&lt;b&gt;利润 {day}/天&lt;/b&gt;（{month}/月）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="70"/>
        <source>revenue {usd}/day</source>
        <translation>收入 {usd}/天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="71"/>
        <source>power {usd}/day</source>
        <translation>电费 {usd}/天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="72"/>
        <source>{btc} BTC/day</source>
        <translation>{btc} BTC/天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="73"/>
        <source>hardware {usd}</source>
        <translation>硬件 {usd}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_texts.py" line="76"/>
        <source>{pct} % of the network</source>
        <translation>占全网 {pct} %</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_page.py" line="90"/>
        <source>{total} rows · click a column title to sort</source>
        <translation>{total} 行 · 点击列标题排序</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_page.py" line="96"/>
        <source>Showing {shown} of {total} rows: {machines} machines, {profit}/day</source>
        <translation>显示 {shown} / {total} 行：{machines} 台机器，{profit}/天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="396"/>
        <source>Export {kind}</source>
        <translation>导出 {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="421"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="426"/>
        <source>Exported {rows} rows to {file}</source>
        <translation>已将 {rows} 行导出到 {file}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="429"/>
        <source>Export cancelled: {file} was not written.</source>
        <translation>导出已取消：未写入 {file}。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="432"/>
        <location filename="../../ui/calculator/batch_view.py" line="439"/>
        <source>Could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <location filename="../../services/billing/proposals.py" line="39"/>
        <source>invoice {number} ({total} USD) unpaid since {due}</source>
        <translation>发票 {number}（{total} USD）自 {due} 起未付</translation>
    </message>
</context>
<context>
    <name>BillingContractForm</name>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="42"/>
        <source>{part} is not BELOW:CREDIT (e.g. 99:5)</source>
        <translation>{part} 不是 低于:抵扣 格式（例如 99:5）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="265"/>
        <source>{days} is not a whole number of days</source>
        <translation>{days} 不是整天数</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="188"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="189"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="191"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="193"/>
        <source>Revenue by month</source>
        <translation>月度收入</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="195"/>
        <source>Run billing for period…</source>
        <translation>为账期运行计费…</translation>
    </message>
</context>
<context>
    <name>BillingPdf</name>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="73"/>
        <source>{amount} USD</source>
        <translation>{amount} USD</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="125"/>
        <source>Bill to</source>
        <translation>账单接收方</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="154"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="154"/>
        <source>Draft invoice</source>
        <translation>发票草稿</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="156"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="156"/>
        <source>(draft, not numbered)</source>
        <translation>（草稿，未编号）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="157"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="158"/>
        <source>Issued</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="159"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="160"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="161"/>
        <source>Terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="161"/>
        <source>{days} days net</source>
        <translation>{days} 天内付清</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="167"/>
        <source>Tax id: </source>
        <translation>税号： </translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="170"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="173"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="173"/>
        <location filename="../../ui/crm/billing_pdf.py" line="291"/>
        <source>Amount (USD)</source>
        <translation>金额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="179"/>
        <source>Energy (kWh {kwh})</source>
        <translation>电费（{kwh} kWh）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="180"/>
        <source>Hosting fees</source>
        <translation>托管费</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="181"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="182"/>
        <source>SLA credit</source>
        <translation>SLA 抵扣</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="183"/>
        <source>Invoice total</source>
        <translation>发票合计</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="184"/>
        <source>Late fees</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="185"/>
        <source>Credit notes</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="186"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="190"/>
        <source>Balance due</source>
        <translation>应付余额</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="195"/>
        <source>Usage per miner</source>
        <translation>各矿机用量</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <location filename="../../ui/crm/billing_pdf.py" line="224"/>
        <source>Miner</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <source>of which gaps</source>
        <translation>其中数据缺口</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <source>Uptime %</source>
        <translation>在线率 %</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <source>Gap hours</source>
        <translation>缺口小时数</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="198"/>
        <source>Energy (USD)</source>
        <translation>电费 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="213"/>
        <source>SLA calculation</source>
        <translation>SLA 计算</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="214"/>
        <source>Promised uptime {promised} %, measured {measured} % (mean over the miners).</source>
        <translation>承诺在线率 {promised} %，实测 {measured} %（各矿机平均）。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="220"/>
        <source>Gaps in telemetry ({count})</source>
        <translation>遥测缺口（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="224"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="224"/>
        <source>Length (s)</source>
        <translation>时长 (秒)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="224"/>
        <source>Billed W</source>
        <translation>计费 W</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="224"/>
        <source>Billed kWh</source>
        <translation>计费 kWh</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="239"/>
        <source>None: every second of the period was measured.</source>
        <translation>无：本期每一秒均有测量数据。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="240"/>
        <source>Payment details</source>
        <translation>付款信息</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="244"/>
        <source>Please pay {balance} by {due}, quoting {number}. Deposit held: {deposit}.</source>
        <translation>请于 {due} 前支付 {balance}，并注明 {number}。已收押金：{deposit}。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="247"/>
        <source>the invoice</source>
        <translation>本发票编号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="254"/>
        <source>Received {amount} on {day}</source>
        <translation>于 {day} 收到 {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="276"/>
        <source>invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="277"/>
        <source>late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="278"/>
        <source>credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="279"/>
        <source>payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="286"/>
        <location filename="../../ui/crm/billing_pdf.py" line="291"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="286"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="288"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="291"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="291"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_pdf.py" line="291"/>
        <source>Balance (USD)</source>
        <translation>余额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_print.py" line="27"/>
        <source>Invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_print.py" line="74"/>
        <source>Statement {customer}</source>
        <translation>对账单 {customer}</translation>
    </message>
</context>
<context>
    <name>BillingRun</name>
    <message>
        <location filename="../../services/billing/run.py" line="179"/>
        <source>{contract}: invoice {number} is already {status}</source>
        <translation>{contract}：发票 {number} 已{status}</translation>
    </message>
    <message>
        <location filename="../../services/billing/run.py" line="190"/>
        <source>{contract}: no miner under contract in {period}</source>
        <translation>{contract}：{period} 内合同下没有矿机</translation>
    </message>
</context>
<context>
    <name>BillingRunWizard</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="191"/>
        <source>Run billing</source>
        <translation>运行计费</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="217"/>
        <source>Issuing %1 invoice(s)… Cancel stops waiting at once; the issuing is rolled back when it ends and no number is used.</source>
        <translation>正在开具 %1 张发票… 点“取消”立即停止等待；开具结束时将回滚，不会占用任何编号。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="227"/>
        <source>Not issued</source>
        <translation>未开具</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="54"/>
        <source>{n} of the {total} selected will refuse it, nothing sent to them: {why}</source>
        <translation>所选 {total} 台中有 {n} 台将拒绝，不会向其发送：{why}</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="39"/>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="40"/>
        <source>Sleep</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="41"/>
        <source>Wake</source>
        <translation>唤醒</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="42"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="207"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="212"/>
        <source>Power target</source>
        <translation>功率目标</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="43"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="273"/>
        <source>Power mode</source>
        <translation>功耗模式</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="44"/>
        <source>Pool</source>
        <translation>矿池</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="45"/>
        <source>Fault light</source>
        <translation>故障灯</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="66"/>
        <source>{n} miner</source>
        <translation>{n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="66"/>
        <source>{n} miners</source>
        <translation>{n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="85"/>
        <source>{mode} mode</source>
        <translation>{mode} 模式</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="86"/>
        <source>{v} % of nominal</source>
        <translation>额定值的 {v} %</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="103"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="103"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="103"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="111"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="111"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="111"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="169"/>
        <source>Sending to {miners}… {done} answered, {ok} accepted</source>
        <translation>正在发送到 {miners}… 已应答 {done}，已接受 {ok}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="182"/>
        <source>{ok} of {total} accepted</source>
        <translation>{total} 台中 {ok} 台已接受</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="184"/>
        <source>, {n} failed</source>
        <translation>，{n} 台失败</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="186"/>
        <source>, {n} refused (their firmware cannot: nothing sent)</source>
        <translation>，{n} 台拒绝（其固件不支持：未发送）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="209"/>
        <source>% of full power</source>
        <translation>% 满功率</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="210"/>
        <source>watts</source>
        <translation>瓦</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="230"/>
        <source>Power target for {miners}:</source>
        <translation>{miners}的功率目标：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="253"/>
        <source> W</source>
        <translation> W</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="262"/>
        <source>Every selected miner&apos;s firmware takes this.</source>
        <translation>所选矿机的固件均支持此设置。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="290"/>
        <source>Power mode for {miners}:</source>
        <translation>{miners}的功耗模式：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="304"/>
        <source>Every selected miner&apos;s firmware has this mode.</source>
        <translation>所选矿机的固件均有此模式。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="71"/>
        <source>They stop hashing for a few minutes while they restart.</source>
        <translation>重启期间它们将停止挖矿几分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="72"/>
        <source>They stop hashing and draw about 25 W each until woken.</source>
        <translation>它们将停止挖矿，在唤醒前每台耗电约 25 W。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="73"/>
        <source>They resume hashing at full power: check the site has the power headroom.</source>
        <translation>它们将以满功率恢复挖矿：请确认矿场有足够的电力余量。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="74"/>
        <source>Their hashrate follows their power.</source>
        <translation>它们的算力随功率变化。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="75"/>
        <source>Their power and hashrate change with the mode; firmware takes up to a minute to settle.</source>
        <translation>它们的功率和算力随模式变化；固件最多需要一分钟才能稳定。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="76"/>
        <source>They mine for that pool and worker from now on; work in flight for the old pool is lost.</source>
        <translation>从现在起它们将为该矿池和矿工名挖矿；旧矿池正在进行的工作将丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="84"/>
        <source> across {n} sites</source>
        <translation> （分布于 {n} 个矿场）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="86"/>
        <source> at {site}</source>
        <translation> （位于 {site}）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="89"/>
        <source>Reboot {count}{where}?</source>
        <translation>重启 {count}{where}？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="90"/>
        <source>Put {count}{where} to sleep?</source>
        <translation>让 {count}{where}休眠？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="91"/>
        <source>Wake {count}{where}?</source>
        <translation>唤醒 {count}{where}？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="92"/>
        <source>Set the power target of {count}{where} to {power}?</source>
        <translation>将 {count}{where}的功率目标设为 {power}？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="93"/>
        <source>Put {count}{where} in {power}?</source>
        <translation>将 {count}{where}切换到{power}？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="94"/>
        <source>Switch {count}{where} to the pool {power}?</source>
        <translation>将 {count}{where}切换到矿池 {power}？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="105"/>
        <source>Password: the one typed now.</source>
        <translation>密码：现在输入的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="106"/>
        <source>Password: the one stored in the keyring for this pool and worker.</source>
        <translation>密码：密钥环中为此矿池和矿工名保存的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="107"/>
        <source>Password: x (nothing stored in the keyring for this pool and worker).</source>
        <translation>密码：x（密钥环中未为此矿池和矿工名保存密码）。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="114"/>
        <source>{n} of them will be refused, nothing sent to them: {why}.</source>
        <translation>其中 {n} 台将被拒绝，不会向其发送：{why}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="195"/>
        <source>Your role ({role}) may not operate miners</source>
        <translation>您的角色（{role}）无权操作矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="197"/>
        <source>Another bulk action is still running</source>
        <translation>另一个批量操作仍在运行</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="199"/>
        <source>Select miners in the table first</source>
        <translation>请先在表格中选择矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="201"/>
        <source>{action} the {miners} selected</source>
        <translation>{action}所选的 {miners}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="257"/>
        <source>No prediction: the miners&apos; figures could not be read.</source>
        <translation>无法预测：无法读取矿机数据。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/bulk_actions.py" line="354"/>
        <source>{action} stopped: {error}</source>
        <translation>{action}已停止：{error}</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BusyRun</name>
    <message>
        <location filename="../../ui/crm/billing_busy.py" line="40"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../cli.py" line="26"/>
        <location filename="../../commands/calc.py" line="88"/>
        <source>profitability of a miner model or a custom machine</source>
        <translation>计算某矿机型号或自定义机器的收益</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="27"/>
        <location filename="../../commands/batch.py" line="43"/>
        <source>profitability of every line of a fleet file (CSV or XLSX), written to XLSX or CSV</source>
        <translation>计算机群文件（CSV 或 XLSX）每一行的收益，写入 XLSX 或 CSV</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="30"/>
        <location filename="../../commands/poll.py" line="86"/>
        <source>poll miners once over the CGMiner API and print what they report</source>
        <translation>通过 CGMiner API 轮询矿机一次并打印其上报内容</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="31"/>
        <location filename="../../commands/simulate.py" line="16"/>
        <source>serve N emulated miners on loopback addresses</source>
        <translation>在回环地址上模拟 N 台矿机</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="32"/>
        <location filename="../../commands/agent.py" line="22"/>
        <source>poll the miners, keep telemetry and run due curtailment plans, headless</source>
        <translation>无界面运行：轮询矿机、保存遥测并执行到期的限电计划</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="33"/>
        <location filename="../../commands/curtail.py" line="63"/>
        <source>shed power while losing the least hashrate</source>
        <translation>以最少的算力损失削减负荷</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="34"/>
        <location filename="../../commands/control.py" line="47"/>
        <source>control miners through their own firmware (sleep, wake, reboot, power, pool, mode)</source>
        <translation>通过矿机自身固件控制矿机（休眠、唤醒、重启、功率、矿池、模式）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="37"/>
        <location filename="../../commands/site.py" line="43"/>
        <source>site settings</source>
        <translation>矿场设置</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="38"/>
        <location filename="../../commands/miner.py" line="42"/>
        <source>the fleet&apos;s miners: list, import, export, set, remove</source>
        <translation>机群矿机：列出、导入、导出、设置、删除</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="39"/>
        <location filename="../../commands/audit.py" line="39"/>
        <source>audit log: verify its chain and its end, write a checkpoint</source>
        <translation>审计日志：校验链条及末端，写入检查点</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="40"/>
        <location filename="../../commands/user.py" line="50"/>
        <source>user accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="41"/>
        <location filename="../../commands/customer.py" line="46"/>
        <source>hosting customer accounts</source>
        <translation>托管客户账户</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="42"/>
        <location filename="../../commands/lead.py" line="54"/>
        <source>sales leads: add, list, move, convert into a deal</source>
        <translation>销售线索：添加、列出、推进、转为商机</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="43"/>
        <location filename="../../commands/deal.py" line="40"/>
        <source>sales deals: list, move through the pipeline</source>
        <translation>销售商机：列出、在销售管道中推进</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="44"/>
        <location filename="../../commands/ticket.py" line="56"/>
        <source>support tickets: add, list, move, show, reply</source>
        <translation>支持工单：添加、列出、推进、查看、回复</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="45"/>
        <location filename="../../commands/discover.py" line="28"/>
        <source>scan a range for miners; list them (with bad hosts) or add them</source>
        <translation>扫描地址范围中的矿机；列出（含异常主机）或添加</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="46"/>
        <location filename="../../commands/notify.py" line="76"/>
        <source>alert notifications: channels, rules, a test message, the send log</source>
        <translation>告警通知：渠道、规则、测试消息、发送日志</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="47"/>
        <location filename="../../commands/alerts.py" line="50"/>
        <source>open alerts, acknowledging them, thresholds and maintenance</source>
        <translation>未关闭告警、确认告警、阈值与维护</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="48"/>
        <location filename="../../commands/cluster.py" line="30"/>
        <source>the control room: consoles, agents, roles, job ticks</source>
        <translation>控制室：控制台、代理、角色、作业轮次</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="49"/>
        <location filename="../../commands/analytics.py" line="40"/>
        <source>indicators, forecasts and why profit changed, from files and values (no database)</source>
        <translation>基于文件和数值的指标、预测及利润变化原因（无需数据库）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="52"/>
        <location filename="../../commands/billing.py" line="38"/>
        <source>hosting billing: a contract&apos;s bill for a month from its usage</source>
        <translation>托管计费：按用量计算合同的月度账单</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="53"/>
        <location filename="../../commands/invoice.py" line="48"/>
        <source>hosting invoices: list, show, issue, pay, credit</source>
        <translation>托管发票：列出、查看、开具、付款、贷记</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="54"/>
        <location filename="../../commands/sla.py" line="33"/>
        <source>monthly SLA reports signed by the site; verify one</source>
        <translation>由矿场签名的月度 SLA 报告；校验报告</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="65"/>
        <location filename="../../ui/gui_app.py" line="61"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="65"/>
        <source>(see --help)</source>
        <translation>（参见 --help）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="74"/>
        <source>HashInsight Desktop: mining farm operations console. With no command, opens the console.</source>
        <translation>HashInsight Desktop：矿场运营控制台。不带命令时打开控制台。</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="82"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="87"/>
        <source>sqlite:///PATH or postgresql://USER@HOST:PORT/DB (default: settings, then HASHINSIGHT_DATABASE_URL, then a SQLite file in the user data folder)</source>
        <translation>sqlite:///PATH 或 postgresql://USER@HOST:PORT/DB（默认：设置，其次 HASHINSIGHT_DATABASE_URL，再次为用户数据文件夹中的 SQLite 文件）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="96"/>
        <source>build the main window with every tab, save a screenshot to PATH and exit</source>
        <translation>构建包含所有标签页的主窗口，将截图保存到 PATH 后退出</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="101"/>
        <source>check this installation: solvers, migrations, indicators, forecast, PDF, translations, keyring; exit 1 if one fails</source>
        <translation>检查本安装：求解器、迁移、指标、预测、PDF、翻译、密钥环；任一失败则以 1 退出</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="111"/>
        <source>en or zh_CN, this time (default: HASHINSIGHT_LANG; then, for the console, View → Language; for a command, the locale: LC_ALL, LANG)</source>
        <translation>en 或 zh_CN，仅本次有效（默认：HASHINSIGHT_LANG；其次，控制台使用 视图 → 语言，命令使用区域设置：LC_ALL、LANG）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="120"/>
        <source>open the console on a simulated farm (its own database; nothing real is touched)</source>
        <translation>在模拟矿场上打开控制台（使用独立数据库；不会影响任何真实设备）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="124"/>
        <source>database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="128"/>
        <source>create a new database (the only command that does; the console asks first)</source>
        <translation>创建新数据库（唯一会创建数据库的命令；控制台会先询问）</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="130"/>
        <source>migrate the database schema to the newest version</source>
        <translation>将数据库架构迁移到最新版本</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="131"/>
        <source>print the schema version of the database</source>
        <translation>打印数据库的架构版本</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="197"/>
        <source>{kind} database {display}: schema {revision} (newest)</source>
        <translation>{kind} 数据库 {display}：架构 {revision}（最新）</translation>
    </message>
    <message>
        <location filename="../../commands/acting_user.py" line="24"/>
        <location filename="../../commands/alerts.py" line="45"/>
        <location filename="../../commands/user.py" line="74"/>
        <location filename="../../commands/user.py" line="77"/>
        <location filename="../../commands/user.py" line="90"/>
        <source>print one JSON document</source>
        <translation>打印一个 JSON 文档</translation>
    </message>
    <message>
        <location filename="../../commands/acting_user.py" line="30"/>
        <location filename="../../commands/site.py" line="91"/>
        <source>act as this user (password from {env})</source>
        <translation>以此用户身份操作（密码来自 {env}）</translation>
    </message>
    <message>
        <location filename="../../commands/acting_user.py" line="40"/>
        <source>Password for {username}: </source>
        <translation>{username} 的密码： </translation>
    </message>
    <message>
        <location filename="../../commands/acting_user.py" line="62"/>
        <source>Password of database {display}: </source>
        <translation>数据库 {display} 的密码： </translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="25"/>
        <source>only this site&apos;s miners (default: every site)</source>
        <translation>仅此矿场的矿机（默认：所有矿场）</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="28"/>
        <source>seconds between polls</source>
        <translation>轮询间隔秒数</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="31"/>
        <source>stop after N polls (default: run until stopped)</source>
        <translation>轮询 N 次后停止（默认：一直运行直到被停止）</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="37"/>
        <source>seconds a site&apos;s poller role stays with a leader that stopped renewing (default: the settings&apos;, 15)</source>
        <translation>主导者停止续期后，矿场轮询角色仍归其所有的秒数（默认：设置中的值，15）</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="46"/>
        <source>seconds every miner family is given to settle after a curtailment command (default: the settings&apos;)</source>
        <translation>限电命令后给每类矿机稳定下来的秒数（默认：设置中的值）</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="53"/>
        <source>the console node that started this agent</source>
        <translation>启动此代理的控制台节点</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="58"/>
        <source>stop when stdin closes (the console that started it quit or died)</source>
        <translation>标准输入关闭时停止（启动它的控制台已退出或崩溃）</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="162"/>
        <source>agent: polling {value} every {interval:g} s ({kind} {display}); Ctrl-C stops</source>
        <translation>代理：每 {interval:g} 秒轮询 {value}（{kind} {display}）；按 Ctrl-C 停止</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="163"/>
        <source>site {name}</source>
        <translation>矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="165"/>
        <source>every site</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="42"/>
        <source>password from {env}</source>
        <translation>密码来自 {env}</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="54"/>
        <source>the open alerts you may see, newest first</source>
        <translation>您可见的未关闭告警，最新在前</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="56"/>
        <source>acknowledge alerts (all or none), with a note</source>
        <translation>确认告警（全部或全不），并附备注</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="58"/>
        <source>who is on it, what was done</source>
        <translation>由谁处理、做了什么</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="62"/>
        <source>show the limits in force (no limit given) or set a scope&apos;s (0 or more given; &apos;&apos; inherits)</source>
        <translation>显示生效中的限值（未给出任何限值时），或设置某个范围的限值（给出 0 个或多个；&apos;&apos; 表示继承）</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="66"/>
        <source>a site&apos;s limits (default: the farm&apos;s)</source>
        <translation>某矿场的阈值（默认：全局阈值）</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="68"/>
        <source>a catalogue model&apos;s limits (with --site: that model on that site)</source>
        <translation>某个目录型号的限值（与 --site 一起：该矿场上的该型号）</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="77"/>
        <source>silence miners&apos; alerts while they are worked on, or end that</source>
        <translation>在维护期间静默矿机告警，或结束维护</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="79"/>
        <source>name, IP, IP:port or id</source>
        <translation>名称、IP、IP:端口 或 ID</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="81"/>
        <source>for this many hours</source>
        <translation>持续小时数</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="82"/>
        <source>until someone ends it</source>
        <translation>直到有人结束</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="83"/>
        <source>end their maintenance</source>
        <translation>结束其维护</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="84"/>
        <source>what is being done</source>
        <translation>正在进行的工作</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="121"/>
        <source>{raised} — now: {now}</source>
        <translation>{raised} — 当前：{now}</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="127"/>
        <source>{n_alerts} open alerts</source>
        <translation>{n_alerts} 条未关闭告警</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="146"/>
        <source>acknowledged {n_alerts} alerts</source>
        <translation>已确认 {n_alerts} 条告警</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="198"/>
        <source>alert limits in force for {scope}:</source>
        <translation>{scope} 当前生效的告警阈值：</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="215"/>
        <source>{count} miners out of maintenance</source>
        <translation>{count} 台矿机结束维护</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="220"/>
        <source>{count} miners under maintenance until ended</source>
        <translation>{count} 台矿机进入维护，直到手动结束</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="222"/>
        <source>{count} miners under maintenance until {until} UTC</source>
        <translation>{count} 台矿机进入维护，直到 {until} UTC</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="22"/>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="23"/>
        <source>no_telemetry</source>
        <translation>无遥测</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="24"/>
        <source>no_market_data</source>
        <translation>无市场数据</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="25"/>
        <source>partial</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="36"/>
        <source>daily profit (and payback) over electricity price x BTC price, for a model or --fleet</source>
        <translation>某型号或 --fleet 在 电价 × BTC 价格 网格上的每日利润（及回本）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="40"/>
        <source>today&apos;s BTC price (the marked point)</source>
        <translation>当前 BTC 价格（标记点）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="43"/>
        <source>network difficulty (110T allowed)</source>
        <translation>全网难度（可写作 110T）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="46"/>
        <source>transaction fees per block</source>
        <translation>每区块交易手续费</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="49"/>
        <source>the block height (its subsidy era)</source>
        <translation>区块高度（决定其补贴周期）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="52"/>
        <source>today&apos;s $/kWh, default 0.05</source>
        <translation>当前 $/kWh，默认 0.05</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="55"/>
        <source>per unit, for payback; default 0 (none)</source>
        <translation>每台，用于计算回本；默认 0（无）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="58"/>
        <source>top row, default 0.15</source>
        <translation>最上一行，默认 0.15</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="65"/>
        <source>columns: price ± this %%, default 60</source>
        <translation>列：价格 ± 此百分比 %%，默认 60</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="72"/>
        <source>per axis, 2-{top}, default 11</source>
        <translation>每个轴，2-{top}，默认 11</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="77"/>
        <source>what a model, or --fleet as it was, earned day by day with the stored market (database)</source>
        <translation>某型号或当时的 --fleet 按已存储的市场数据逐日的收益（数据库）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="83"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>第一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="86"/>
        <source>last day, YYYY-MM-DD</source>
        <translation>最后一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="88"/>
        <source>$/kWh, default 0.05</source>
        <translation>$/kWh，默认 0.05</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="93"/>
        <source>for days without a stored snapshot, default 0.08</source>
        <translation>用于没有已存储快照的日期，默认 0.08</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="99"/>
        <source>the miners --as USER may see (measured or nameplate)</source>
        <translation>--as USER 可查看的矿机（实测或铭牌）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="101"/>
        <source>with --fleet: only this site&apos;s miners</source>
        <translation>与 --fleet 一起使用：仅此矿场的矿机</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="102"/>
        <source>a model: TH/s per unit</source>
        <translation>型号：每台 TH/s</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="103"/>
        <source>a model: watts per unit</source>
        <translation>型号：每台瓦数</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="104"/>
        <source>a model: units, default 1</source>
        <translation>型号：台数，默认 1</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="108"/>
        <source>a model&apos;s uptime, default 100</source>
        <translation>型号的在线率，默认 100</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="111"/>
        <source>with --fleet: whose fleet (required)</source>
        <translation>与 --fleet 一起使用：谁的机群（必填）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="121"/>
        <source>{text!r} is not a date YYYY-MM-DD</source>
        <translation>{text!r} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="130"/>
        <source>the fleet brings its own figures: drop --hashrate-ths and --power-w</source>
        <translation>机群自带数据：请去掉 --hashrate-ths 和 --power-w</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="134"/>
        <source>the fleet is the miners a user may see: name the user</source>
        <translation>机群是某用户可见的矿机：请指定用户</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="138"/>
        <source>only with --fleet</source>
        <translation>仅可与 --fleet 一起使用</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="144"/>
        <source>a model needs --hashrate-ths and --power-w (or use --fleet)</source>
        <translation>型号需要 --hashrate-ths 和 --power-w（或使用 --fleet）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="157"/>
        <source>no site named {name!r} that you may see</source>
        <translation>没有您可见的名为 {name!r} 的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="176"/>
        <source>must be 2 to {top}, not {n}</source>
        <translation>必须为 2 到 {top}，而不是 {n}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="180"/>
        <source>must be above 0, not {n}</source>
        <translation>必须大于 0，而不是 {n}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="185"/>
        <source>must be between 0 and 100, not {n}</source>
        <translation>必须在 0 到 100 之间，而不是 {n}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="194"/>
        <source>no miner with telemetry or a catalogue model: nothing to draw</source>
        <translation>没有带遥测或目录型号的矿机：无可绘制内容</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="256"/>
        <source>Now: {profit:,.2f} USD/day at {price:,.0f} USD and {kwh:.3f} $/kWh. Daily profit (USD), rows $/kWh, columns BTC price:</source>
        <translation>当前：{profit:,.2f} USD/天（BTC {price:,.0f} USD，电价 {kwh:.3f} $/kWh）。日利润 (USD)，行为 $/kWh，列为 BTC 价格：</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="262"/>
        <source>$/kWh</source>
        <translation>$/kWh</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="294"/>
        <source>at {site}</source>
        <translation>位于 {site}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="296"/>
        <source>at all sites</source>
        <translation>位于所有矿场</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="298"/>
        <source>Fleet {where}: {miners} miners: {measured} measured, {nameplate} nameplate, {left_out} left out (no telemetry and no catalogue model); total {ths:,.1f} TH/s, {kw:,.2f} kW (measured: {since} – {until} UTC, downtime included)</source>
        <translation>机群（{where}）：{miners} 台矿机：{measured} 台按实测，{nameplate} 台按铭牌，{left_out} 台未计入（无遥测且无目录型号）；合计 {ths:,.1f} TH/s，{kw:,.2f} kW（实测：{since} – {until} UTC，包含停机时间）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="327"/>
        <source>{end} is before {start}</source>
        <translation>{end} 早于 {start}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="417"/>
        <source>{covered} of {calendar} days covered ({no_telemetry} without telemetry, {no_market} without market data, not counted): {btc:.6f} BTC, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD. Fees per block stored on {stored} days, {fees} BTC stated on {stated}.</source>
        <translation>{calendar} 天中覆盖 {covered} 天（{no_telemetry} 天无遥测、{no_market} 天无市场数据，未计入）：{btc:.6f} BTC，收入 {revenue:,.2f} USD，电费 {cost:,.2f} USD，利润 {profit:,.2f} USD。每区块手续费：{stored} 天使用存储数据，{stated} 天按设定的 {fees} BTC。</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="424"/>
        <source>Partial, counted as far as its hours are rolled up: {days}.</source>
        <translation>部分计入（仅计入已汇总的小时）：{days}。</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="427"/>
        <source>{covered} of {calendar} days covered ({no_market} without market data, not counted): {btc:.6f} BTC, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD. Fees per block stored on {stored} days, {fees} BTC stated on {stated}.</source>
        <translation>{calendar} 天中覆盖 {covered} 天（{no_market} 天无市场数据，未计入）：{btc:.6f} BTC，收入 {revenue:,.2f} USD，电费 {cost:,.2f} USD，利润 {profit:,.2f} USD。每区块手续费：{stored} 天使用存储数据，{stated} 天按设定的 {fees} BTC。</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="43"/>
        <source>check the hash chain and its end; exit 1 naming the first bad record or the cut</source>
        <translation>校验哈希链及其末端；出错时以 1 退出，并指出第一条错误记录或截断处</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="49"/>
        <source>also prove the log still holds the end a checkpoint recorded (audit checkpoint --out FILE)</source>
        <translation>同时证明日志仍包含检查点记录的末端（audit checkpoint --out FILE）</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="53"/>
        <source>the newest records, newest first</source>
        <translation>最新的记录，最新在前</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="55"/>
        <source>only records whose actor, action, entity, id or summary hold it</source>
        <translation>仅显示操作人、操作、实体、ID 或摘要中包含该内容的记录</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="58"/>
        <source>at most N records (default 50)</source>
        <translation>最多 N 条记录（默认 50）</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="61"/>
        <source>print one JSON document (summaries in English)</source>
        <translation>输出一个 JSON 文档（摘要为英文）</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="65"/>
        <source>write the log&apos;s end (sequence, hash, database, time) to FILE, to keep off-site</source>
        <translation>将日志末端（序号、哈希、数据库、时间）写入 FILE，用于异地保存</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="68"/>
        <source>the checkpoint file to write</source>
        <translation>要写入的检查点文件</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="75"/>
        <source>act as this user (password from {env}); default: the operating-system account</source>
        <translation>以此用户身份操作（密码来自 {env}）；默认：操作系统账户</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="94"/>
        <location filename="../../commands/curtail_solve.py" line="117"/>
        <source>hashinsight-desktop: error: {exc}</source>
        <translation>hashinsight-desktop：错误：{exc}</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="101"/>
        <source>hashinsight-desktop: error: --out: cannot write {out}: {strerror}</source>
        <translation>hashinsight-desktop：错误：--out：无法写入 {out}：{strerror}</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="108"/>
        <source>checkpoint written to {out}: {value} of {database}</source>
        <translation>检查点已写入 {out}：{database} 的 {value}</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="137"/>
        <source>{shown} of {total} records</source>
        <translation>{shown} / {total} 条记录</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="44"/>
        <source>Columns: model, quantity, electricity_price, and optionally hardware_cost and site. Any invalid row stops the run with a row-numbered list of errors and nothing written.</source>
        <translation>列：model、quantity、electricity_price，可选 hardware_cost 和 site。只要有一行无效，运行就会停止，按行号列出错误，且不写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="53"/>
        <source>the fleet file: .csv or .xlsx</source>
        <translation>机群文件：.csv 或 .xlsx</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="55"/>
        <source>the result: .xlsx (with a chart) or .csv</source>
        <translation>结果：.xlsx（含图表）或 .csv</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="111"/>
        <source>hashinsight-desktop: error: {name}: {n_errors} invalid cell(s) in {bad_rows} row(s); nothing was computed and {name2} was not written. Fix these and run again:</source>
        <translation>hashinsight-desktop：错误：{name}：{bad_rows} 行中有 {n_errors} 个无效单元格；未进行任何计算，也未写入 {name2}。请修正以下问题后重新运行：</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="125"/>
        <location filename="../../commands/billing.py" line="102"/>
        <location filename="../../commands/curtail_solve.py" line="137"/>
        <source>  ... and {value} more</source>
        <translation>  … 另有 {value} 项</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="192"/>
        <source>Fleet hashrate</source>
        <translation>机群算力</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="193"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="194"/>
        <source>Profit per day</source>
        <translation>每日利润</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="195"/>
        <source>Written to</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="196"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="199"/>
        <source>(revenue {revenue}, power {power})</source>
        <translation>（收入 {revenue}，电费 {power}）</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="203"/>
        <source>{name}: {rows:,} rows, {machines:,} machines</source>
        <translation>{name}：{rows:,} 行，{machines:,} 台机器</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="210"/>
        <source>{seconds:.2f} s</source>
        <translation>{seconds:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="42"/>
        <source>bill a contract file for a month from a usage file (no database)</source>
        <translation>根据用量文件为合同文件计算某月账单（不使用数据库）</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="43"/>
        <source>Energy per miner from measured power (or nameplate × hashing time, or a fixed amount), gaps billed by the contract&apos;s gap policy, hosting fees and the SLA credit, in exact cents.</source>
        <translation>每台矿机的电量按实测功率计算（或铭牌功率 × 挖矿时长，或固定金额），缺口按合同的缺口处理方式计费，另计托管费和 SLA 抵扣，精确到分。</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="56"/>
        <source>the contract&apos;s terms (JSON; see the README)</source>
        <translation>合同条款（JSON；参见 README）</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="62"/>
        <source>columns miner_id, recorded_at (ISO-8601 with offset), power_w, status (hashing|sleeping|curtailed|offline)</source>
        <translation>列 miner_id、recorded_at（带时区偏移的 ISO-8601）、power_w、status（hashing|sleeping|curtailed|offline）</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="71"/>
        <source>the month billed, in the site&apos;s time zone</source>
        <translation>计费月份，按矿场时区</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="77"/>
        <source>the site&apos;s time zone (default UTC), e.g. Europe/Oslo</source>
        <translation>矿场时区（默认 UTC），例如 Europe/Oslo</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="79"/>
        <source>print the bill as one JSON object</source>
        <translation>将账单打印为一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="96"/>
        <source>hashinsight-desktop: error: {bad}</source>
        <translation>hashinsight-desktop：错误：{bad}</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="34"/>
        <source>draft an invoice per active contract for a month, from the telemetry roll-ups</source>
        <translation>根据遥测汇总，为每个有效合同起草某月的发票</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="35"/>
        <source>Each contract active in the month is billed at its current version in its site&apos;s time zone; a draft of the same month is rebuilt, an issued invoice left alone. Issue drafts with `invoice issue`.</source>
        <translation>当月有效的每个合同按其当前版本、以其矿场时区计费；同月的草稿会重新生成，已开具的发票保持不变。用 `invoice issue` 开具草稿。</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="45"/>
        <source>the month billed</source>
        <translation>计费月份</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="47"/>
        <source>hosting contracts (versioned)</source>
        <translation>托管合同（带版本）</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="50"/>
        <source>add a contract from a contract file (see the README)</source>
        <translation>从合同文件添加合同（参见 README）</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="53"/>
        <source>a new version of a contract from a contract file</source>
        <translation>从合同文件生成合同的新版本</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="58"/>
        <source>the contracts at their current version (a customer: their own)</source>
        <translation>合同的当前版本（客户：仅自己的）</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="60"/>
        <location filename="../../commands/customer.py" line="100"/>
        <location filename="../../commands/invoice.py" line="53"/>
        <location filename="../../commands/ticket.py" line="81"/>
        <source>only this customer&apos;s</source>
        <translation>仅此客户的</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="141"/>
        <source>contract {reference} version {number} saved</source>
        <translation>合同 {reference} 第 {number} 版已保存</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="158"/>
        <source>{reference:&lt;20} v{version:&lt;3} {where} from {start}</source>
        <translation>{reference:&lt;20} v{version:&lt;3} {where} 自 {start} 起</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="174"/>
        <source>draft {period}  {customer:&lt;30} {contract:&lt;16} {total_usd:&gt;12} USD</source>
        <translation>草稿 {period}  {customer:&lt;30} {contract:&lt;16} {total_usd:&gt;12} USD</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="182"/>
        <source>skipped {line}</source>
        <translation>已跳过 {line}</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="184"/>
        <source>{n_drafts} draft invoice(s) for {period}</source>
        <translation>{period} 的 {n_drafts} 份发票草稿</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="44"/>
        <source>transaction fees per block, excluding the subsidy</source>
        <translation>每区块交易手续费，不含补贴</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="46"/>
        <source>for the subsidy and the next halving</source>
        <translation>用于计算补贴和下次减半</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="48"/>
        <source>for the second, hashrate-share estimate</source>
        <translation>用于第二种（算力占比）估算</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="51"/>
        <source>use only stored market values; no network</source>
        <translation>仅使用已存储的市场数值；不联网</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_fleet.py" line="105"/>
        <location filename="../../commands/calc.py" line="54"/>
        <source>default 2</source>
        <translation>默认 2</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="55"/>
        <source>default 100</source>
        <translation>默认 100</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="59"/>
        <source>difficulty growth per month; default: measured over the stored difficulty history, else 3</source>
        <translation>每月难度增长；默认：按已存储的难度历史实测，否则为 3</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="63"/>
        <source>default 24</source>
        <translation>默认 24</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="76"/>
        <location filename="../../commands/analytics.py" line="98"/>
        <location filename="../../commands/analytics_fleet.py" line="113"/>
        <location filename="../../commands/analytics_market.py" line="56"/>
        <location filename="../../commands/calc.py" line="64"/>
        <location filename="../../commands/curtail_solve.py" line="104"/>
        <source>print one JSON object</source>
        <translation>打印一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="39"/>
        <source>market inputs (fetched live, else the last stored value, when not given)</source>
        <translation>市场参数（未给出时实时获取，否则使用最后保存的值）</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="53"/>
        <source>assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="90"/>
        <source>catalogue model, e.g. &quot;S21 XP&quot; or &quot;m60s&quot;</source>
        <translation>目录型号，例如 &quot;S21 XP&quot; 或 &quot;m60s&quot;</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="92"/>
        <source>custom machine: hashrate per unit (TH/s)</source>
        <translation>自定义机器：单台算力 (TH/s)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="94"/>
        <source>custom machine: power per unit (W)</source>
        <translation>自定义机器：单台功率 (W)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="96"/>
        <source>electricity price, USD per kWh</source>
        <translation>电价，每 kWh USD</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="98"/>
        <source>default 1</source>
        <translation>默认 1</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="99"/>
        <source>price per unit, for payback and ROI</source>
        <translation>单价，用于回本期和 ROI</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="135"/>
        <source>offline: using stored values from {used}</source>
        <translation>离线：使用 {used} 存储的数值</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="149"/>
        <source>market data providers failed ({why}): using stored values from {used}</source>
        <translation>市场数据提供方失败（{why}）：使用 {used} 保存的数值</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="247"/>
        <source>n/a (no hardware cost)</source>
        <translation>不适用（无硬件成本）</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="249"/>
        <source>BTC per day</source>
        <translation>每日 BTC</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="250"/>
        <source>Revenue per day (USD)</source>
        <translation>每日收入 (USD)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="251"/>
        <source>Power cost per day (USD)</source>
        <translation>每日电费 (USD)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="252"/>
        <source>Profit per day (USD)</source>
        <translation>每日利润 (USD)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="253"/>
        <source>Profit per month (USD)</source>
        <translation>每月利润 (USD)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="254"/>
        <source>Hashprice (USD/TH/day)</source>
        <translation>算力价格 (USD/TH/天)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="255"/>
        <source>Break-even power price (USD/kWh)</source>
        <translation>盈亏平衡电价 (USD/kWh)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="256"/>
        <source>Break-even BTC price (USD)</source>
        <translation>盈亏平衡 BTC 价格 (USD)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="257"/>
        <source>Payback</source>
        <translation>回本期</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="259"/>
        <source>ROI over horizon (%)</source>
        <translation>期限内 ROI (%)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="266"/>
        <source>Hashrate-share estimate vs difficulty (%)</source>
        <translation>算力占比估算与难度法之差 (%)</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="271"/>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="273"/>
        <source>, {minutes:.0f} min old</source>
        <translation>，{minutes:.0f} 分钟前</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="35"/>
        <source>name, IP address (or IP:port) or id</source>
        <translation>名称、IP 地址（或 IP:端口）或 ID</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="39"/>
        <source>per-miner deadline (default 20 s)</source>
        <translation>每台矿机的时限（默认 20 秒）</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="51"/>
        <source>stop hashing</source>
        <translation>停止挖矿</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="52"/>
        <source>resume hashing</source>
        <translation>恢复挖矿</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="53"/>
        <source>reboot the miners</source>
        <translation>重启矿机</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="57"/>
        <source>a power target: --watts (Braiins, Whatsminer, LuxOS, VNish) or --percent</source>
        <translation>功率目标：--watts（Braiins、Whatsminer、LuxOS、VNish）或 --percent</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="63"/>
        <source>make a pool the active one</source>
        <translation>将某矿池设为当前矿池</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="66"/>
        <source>like stratum+tcp://pool.example:3333</source>
        <translation>形如 stratum+tcp://pool.example:3333</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="72"/>
        <source>the pool&apos;s password (default: the keyring&apos;s for this pool and worker, else x)</source>
        <translation>矿池密码（默认：密钥环中此矿池和矿工名的密码，否则为 x）</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="77"/>
        <source>read the pool&apos;s password from standard input</source>
        <translation>从标准输入读取矿池密码</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="82"/>
        <source>store the given password in the keyring for next time</source>
        <translation>将所给密码保存到密钥环，供下次使用</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="85"/>
        <source>a firmware power mode (stock Antminer low-power, Whatsminer, Avalon)</source>
        <translation>固件功耗模式（原厂 Antminer 低功耗、Whatsminer、Avalon）</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="89"/>
        <source>the fault (locate) light</source>
        <translation>故障（定位）指示灯</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="94"/>
        <source>identify make, model, firmware and family, and store them</source>
        <translation>识别厂商、型号、固件和系列，并保存</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="33"/>
        <source>act as this user (password from {env} or a prompt)</source>
        <translation>以此用户身份操作（密码来自 {env} 或提示输入）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="42"/>
        <source>{text!r}: want percentages like 75,50</source>
        <translation>{text!r}：应为百分比，例如 75,50</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="45"/>
        <source>power-target presets are percentages from 10 to 99</source>
        <translation>功率档位是 10 到 99 之间的百分比</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="52"/>
        <source>{text!r}: want NAME=KW, like rack1=200</source>
        <translation>{text!r}：应为 NAME=KW，例如 rack1=200</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="56"/>
        <source>{text!r}: KW must be a number</source>
        <translation>{text!r}：KW 必须是数字</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="58"/>
        <source>{text!r}: KW must be 0 or more</source>
        <translation>{text!r}：KW 必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="67"/>
        <source>choose miners to curtail from a CSV fleet file (no database)</source>
        <translation>从 CSV 机群文件中选择要限电的矿机（无需数据库）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="71"/>
        <source>preview (and save) a plan for a site of the database</source>
        <translation>为数据库中的某个矿场预览（并保存）计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="75"/>
        <source>shed at most target + tolerance</source>
        <translation>最多削减 目标 + 容差</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="77"/>
        <source>plan name (default: &apos;shed KW kW&apos;)</source>
        <translation>计划名称（默认：&apos;shed KW kW&apos;）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="80"/>
        <source>revenue strategy</source>
        <translation>收入策略</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="83"/>
        <source>default 75,50</source>
        <translation>默认 75,50</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="86"/>
        <source>a sleeping miner&apos;s draw</source>
        <translation>休眠矿机的耗电</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="89"/>
        <source>miner name never touched</source>
        <translation>不动的矿机名称</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="96"/>
        <source>curtail at most PCT %% of a customer</source>
        <translation>对某客户最多限电 PCT %%</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="101"/>
        <source>recover automatically after H hours</source>
        <translation>H 小时后自动恢复</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="109"/>
        <source>shed at most KW kW on the power feed NAME (repeatable; feeds are set on the miners)</source>
        <translation>在供电回路 NAME 上最多削减 KW kW（可重复；回路在矿机上设置）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="116"/>
        <source>start by itself at this time once approved, e.g. 2026-11-22T17:00 (without an offset: the site&apos;s time zone, as set in Admin → Sites)</source>
        <translation>批准后在此时间自动开始，例如 2026-11-22T17:00（不带时区偏移时：按矿场时区，见 管理 → 矿场）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="129"/>
        <source>start by itself once approved when the site&apos;s power price (`curtail price`) has stayed at or above this for --price-min-duration; recover when it stays below it minus --price-hysteresis</source>
        <translation>批准后，当矿场电价（`curtail price`）在 --price-min-duration 内一直不低于此值时自动开始；当电价一直低于此值减去 --price-hysteresis 时恢复</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="143"/>
        <source>with --price-above: recover below threshold − this many $/kWh (default 0)</source>
        <translation>与 --price-above 一起使用：低于 阈值 − 此值 $/kWh 时恢复（默认 0）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="149"/>
        <source>with --price-above: how long the price must hold, in minutes (default 15)</source>
        <translation>与 --price-above 一起使用：电价须保持的时长，单位分钟（默认 15）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="154"/>
        <source>a sleeping miner may be planned at 0 W (--sleep-w 0)</source>
        <translation>允许将休眠矿机计划为 0 W（--sleep-w 0）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="162"/>
        <location filename="../../commands/curtail_solve.py" line="84"/>
        <source>fewest miners touched: each miner the plan changes counts as losing X TH/s more (default 0)</source>
        <translation>尽量少动矿机：计划每改动一台矿机，按多损失 X TH/s 计（默认 0）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="169"/>
        <location filename="../../commands/curtail_solve.py" line="91"/>
        <source>the same with X = {ths:g} TH/s: fewer commands for a little hashrate</source>
        <translation>同上，X = {ths:g} TH/s：以少量算力换取更少的命令</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="173"/>
        <source>prove the plan optimal with CBC</source>
        <translation>用 CBC 证明计划最优</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="175"/>
        <source>print the preview, save nothing</source>
        <translation>打印预览，不保存</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="176"/>
        <source>save the plan approved</source>
        <translation>保存并批准计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="180"/>
        <source>the plans of every site you operate, newest first</source>
        <translation>您操作的所有矿场的计划，最新在前</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="185"/>
        <source>record a power-price signal for a site (what price-triggered plans watch)</source>
        <translation>为矿场记录电价信号（价格触发计划据此判断）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="193"/>
        <source>the price in $/kWh</source>
        <translation>电价，单位 $/kWh</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="196"/>
        <source>where the price came from (default: manual)</source>
        <translation>价格来源（默认：manual）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="201"/>
        <source>a plan&apos;s figures and per-miner items</source>
        <translation>计划的数值及每台矿机的明细</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="202"/>
        <source>approve a pending plan</source>
        <translation>批准待批准的计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="203"/>
        <source>cancel a pending or approved plan</source>
        <translation>取消待批准或已批准的计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="204"/>
        <source>send an approved plan to the miners and reconcile</source>
        <translation>将已批准的计划发送到矿机并核对</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="205"/>
        <source>bring a plan&apos;s miners back to full power, staggered</source>
        <translation>分批让计划中的矿机恢复满功率</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="208"/>
        <source>halt a plan&apos;s run after the commands in flight, whichever console or process runs it</source>
        <translation>在进行中的命令完成后停止计划的运行，无论由哪个控制台或进程运行</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="214"/>
        <source>plan id (or its first 8 characters)</source>
        <translation>计划 ID（或其前 8 个字符）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="221"/>
        <source>wait up to S seconds for the run to halt (default: ask and return at once)</source>
        <translation>最多等待 S 秒直到运行停止（默认：发出请求后立即返回）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail.py" line="232"/>
        <source>seconds between ramp batches (default {seconds:g}: ramps are kW per minute)</source>
        <translation>爬坡批次之间的秒数（默认 {seconds:g}：爬坡速率以每分钟 kW 计）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="105"/>
        <source>{site_name}: drawing {site_power_kw:,.1f} kW; shed {shed_kw:,.1f} kW of {target_kw:,.1f} kW on {n_rows} miners in {batches} batch(es), losing {lost_ths:,.1f} TH/s</source>
        <translation>{site_name}：当前用电 {site_power_kw:,.1f} kW；在 {n_rows} 台矿机上分 {batches} 批削减 {shed_kw:,.1f} kW（目标 {target_kw:,.1f} kW），损失 {lost_ths:,.1f} TH/s</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="126"/>
        <source>{count} miner(s) {source}</source>
        <translation>{count} 台矿机：{source}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="129"/>
        <source>  levels: {counts}</source>
        <translation>  档位：{counts}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="132"/>
        <source>  held back: {value}</source>
        <translation>  未削减：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="138"/>
        <source>feed {feed}: shed {shed:,.1f} kW of at most {limit:,.1f} kW</source>
        <translation>回路 {feed}：削减 {shed:,.1f} kW，上限 {limit:,.1f} kW</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="143"/>
        <source>  left out: {count} miner(s) {why}</source>
        <translation>  未计入：{count} 台矿机 {why}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_plan.py" line="147"/>
        <source>saved plan {plan_id} ({state})</source>
        <translation>已保存计划 {plan_id}（{state}）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="26"/>
        <source>{value}  {created_at:%Y-%m-%d %H:%M}  {site:&lt;16} {state_label:&lt;19} {shed_kw:&gt;9,.1f} / {target_kw:,.1f} kW  {miners:&gt;5} miners  {name}</source>
        <translation>{value}  {created_at:%Y-%m-%d %H:%M}  {site:&lt;16} {state_label:&lt;19} {shed_kw:&gt;9,.1f} / {target_kw:,.1f} kW  {miners:&gt;5} 台矿机  {name}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="45"/>
        <source>no curtailment plans</source>
        <translation>没有限电计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="65"/>
        <source>  shed {shed_kw:,.1f} of {target_kw:,.1f} kW; {value}</source>
        <translation>  削减 {shed_kw:,.1f} / {target_kw:,.1f} kW；{value}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="82"/>
        <source>fell short: {miner} ({host}) {measured} on a {level_w:,.0f} W level</source>
        <translation>未达标：{miner}（{host}）{measured}，档位为 {level_w:,.0f} W</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="92"/>
        <source>  result: {value}</source>
        <translation>  结果：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="97"/>
        <source>{miner_name:&lt;20} {level:&lt;12} batch {value:&lt;3} {state:&lt;12}{recovery} {value2}</source>
        <translation>{miner_name:&lt;20} {level:&lt;12} 批次 {value:&lt;3} {state:&lt;12}{recovery} {value2}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="119"/>
        <source>loses {lost:,.1f} TH/s; the best possible plan</source>
        <translation>损失 {lost:,.1f} TH/s；这是最优计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="120"/>
        <source>loses {lost:,.1f} TH/s; at most {gap:.2f} % above the best possible plan</source>
        <translation>损失 {lost:,.1f} TH/s；最多比最优计划高 {gap:.2f} %</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="130"/>
        <source>approved plan {plan_id}</source>
        <translation>已批准计划 {plan_id}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_review.py" line="139"/>
        <source>cancelled plan {plan_id}</source>
        <translation>已取消计划 {plan_id}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_trigger.py" line="29"/>
        <source>{text!r} is not an ISO 8601 time (like 2026-11-22T17:00 or 2026-11-22T17:00+01:00)</source>
        <translation>{text!r} 不是 ISO 8601 时间（例如 2026-11-22T17:00 或 2026-11-22T17:00+01:00）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_trigger.py" line="42"/>
        <location filename="../../commands/curtail_trigger.py" line="46"/>
        <source>{text!r} is not a price in $/kWh (like 0.18)</source>
        <translation>{text!r} 不是以 $/kWh 表示的价格（例如 0.18）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_trigger.py" line="127"/>
        <source>recorded {value} for {site}</source>
        <translation>已为 {site} 记录 {value}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="41"/>
        <source>columns miner_id, hashrate_ths, power_w; optional levels (e.g. 2400:80;1800:62), sleep_w, protected (0/1), customer_id, customer_cap_pct, sla_weight, group_id, group_max_shed_kw</source>
        <translation>列 miner_id、hashrate_ths、power_w；可选 levels（例如 2400:80;1800:62）、sleep_w、protected (0/1)、customer_id、customer_cap_pct、sla_weight、group_id、group_max_shed_kw</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="52"/>
        <source>shed at least this</source>
        <translation>至少削减此值</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="54"/>
        <source>and at most target + T</source>
        <translation>且最多 目标 + T</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="56"/>
        <source>default performance</source>
        <translation>默认 performance</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="62"/>
        <source>revenue strategy: USD per TH/s per day</source>
        <translation>收入策略：每 TH/s 每天 USD</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="69"/>
        <source>revenue strategy: default 0</source>
        <translation>收入策略：默认 0</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="74"/>
        <source>a miner with a sleep_w may also be switched off (0 W); without it such a miner only sleeps</source>
        <translation>有 sleep_w 的矿机也可以断电 (0 W)；不带此选项时这类矿机只会休眠</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="96"/>
        <source>run the MIP solver to prove the plan optimal</source>
        <translation>运行 MIP 求解器证明计划最优</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="99"/>
        <source>for --prove; default cbc</source>
        <translation>用于 --prove；默认 cbc</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="102"/>
        <source>solver time limit, default 30</source>
        <translation>求解器时间上限，默认 30</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="123"/>
        <source>hashinsight-desktop: error: {miners_csv}: {n_cells} bad cells in {rows} row(s); nothing was solved. Fix these and run again:</source>
        <translation>hashinsight-desktop：错误：{miners_csv}：{rows} 行中有 {n_cells} 个错误单元格；未进行求解。请修正以下问题后重新运行：</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="49"/>
        <source>add a hosting customer account</source>
        <translation>添加托管客户账户</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="55"/>
        <source>the hosting customer accounts (a customer: their own)</source>
        <translation>托管客户账户（客户：仅自己的）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="58"/>
        <source>in name, company, e-mail, phone or tax id (any case)</source>
        <translation>在名称、公司、电子邮件、电话或税号中（不区分大小写）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="60"/>
        <source>only customers with this tag</source>
        <translation>仅带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="65"/>
        <source>one of {keys} (name)</source>
        <translation>{keys} 之一（名称）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="67"/>
        <source>sort descending</source>
        <translation>降序排序</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="71"/>
        <source>change a customer account (what is not given stays)</source>
        <translation>修改客户账户（未提供的保持不变）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="73"/>
        <location filename="../../commands/site.py" line="57"/>
        <source>rename it</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="75"/>
        <source>remove every tag</source>
        <translation>删除所有标签</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="80"/>
        <source>add customer accounts from a CSV or XLSX file (name, company, email, phone, tax_id, billing_address, tags, notes, language), or with --assets their assets (customer, serial, model, purchase_date, warranty_end, location, miner); every bad row is named and nothing is written unless all are good</source>
        <translation>从 CSV 或 XLSX 文件添加客户账户（name、company、email、phone、tax_id、billing_address、tags、notes、language），或用 --assets 添加其资产（customer、serial、model、purchase_date、warranty_end、location、miner）；会列出每个错误行，只有全部正确时才会写入</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="93"/>
        <source>the file lists assets, not customer accounts</source>
        <translation>该文件列出的是资产，而非客户账户</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="98"/>
        <source>customers&apos; assets: equipment on record (a customer: their own)</source>
        <translation>客户资产：已登记的设备（客户：仅自己的）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="101"/>
        <source>in serial, model or location (any case)</source>
        <translation>在序列号、型号或位置中（不区分大小写）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="107"/>
        <source>the company&apos;s legal name</source>
        <translation>公司法定名称</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="108"/>
        <source>contact e-mail (&apos;&apos; clears it)</source>
        <translation>联系邮箱（&apos;&apos; 表示清除）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="110"/>
        <source>VAT or tax number</source>
        <translation>增值税号或税号</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="113"/>
        <source>a tag (repeat for several; edit: replaces all)</source>
        <translation>一个标签（多个则重复；edit：替换全部）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="119"/>
        <source>en or zh_CN: the language of their invoices and statements (default en)</source>
        <translation>en 或 zh_CN：其发票和对账单使用的语言（默认 en）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="124"/>
        <source>at most N rows</source>
        <translation>最多 N 行</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="125"/>
        <source>skip the first N rows</source>
        <translation>跳过前 N 行</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="180"/>
        <location filename="../../commands/customer.py" line="317"/>
        <source>CUSTOMER</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="181"/>
        <source>COMPANY</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="182"/>
        <source>E-MAIL</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="183"/>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="184"/>
        <source>NOTES</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="232"/>
        <location filename="../../commands/customer.py" line="328"/>
        <source>({n_rows} of {total:,} shown)</source>
        <translation>（显示 {n_rows} / {total:,}）</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="273"/>
        <source>added customer:</source>
        <translation>已添加客户：</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="273"/>
        <source>saved customer:</source>
        <translation>已保存客户：</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="287"/>
        <source>imported {n_rows} assets of {customers} customers</source>
        <translation>已导入 {customers} 个客户的 {n_rows} 项资产</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="297"/>
        <source>imported {n_added} customers</source>
        <translation>已导入 {n_added} 个客户</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="318"/>
        <source>SERIAL</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="319"/>
        <source>MODEL</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="320"/>
        <source>BOUGHT</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="321"/>
        <source>WARRANTY END</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="322"/>
        <source>LOCATION</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="323"/>
        <source>MINER</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="25"/>
        <source>events a consumer gave up on: list, retry, discard</source>
        <translation>消费者已放弃的事件：列出、重试、丢弃</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="28"/>
        <source>the dead letters, newest first</source>
        <translation>死信，最新在前</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="30"/>
        <source>also failures still retrying, and discarded ones</source>
        <translation>同时显示仍在重试和已丢弃的失败项</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="36"/>
        <source>send a dead letter back to its consumer (tried at its next run, with all its attempts)</source>
        <translation>将死信发回其消费者（在其下次运行时重试，并恢复全部尝试次数）</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="40"/>
        <source>give a dead letter up for good: its consumer never applies the event</source>
        <translation>永久放弃死信：其消费者将不再处理该事件</translation>
    </message>
    <message>
        <location filename="../../commands/dead_letters.py" line="44"/>
        <source>the dead letter&apos;s id, or its first characters (6 or more)</source>
        <translation>死信的 ID，或其前几个字符（6 个或以上）</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="42"/>
        <source>the deals, a page at a time</source>
        <translation>商机，分页显示</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="44"/>
        <source>draft, pending, approved, signed, completed or lost</source>
        <translation>draft、pending、approved、signed、completed 或 lost</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="48"/>
        <source>move a deal one stage forward, or to lost with --reason</source>
        <translation>将商机推进一个阶段，或用 --reason 标记为丢单</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="50"/>
        <source>pending, approved, signed, completed or lost</source>
        <translation>pending、approved、signed、completed 或 lost</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="51"/>
        <location filename="../../commands/lead.py" line="77"/>
        <source>why it was lost (required for lost)</source>
        <translation>丢单原因（lost 时必填）</translation>
    </message>
    <message>
        <location filename="../../commands/deal.py" line="80"/>
        <source>{n_rows} of {total} deals</source>
        <translation>{n_rows} / {total} 个商机</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="31"/>
        <source>the range to scan, like 10.20.0.0/24 (at most a /16)</source>
        <translation>要扫描的范围，形如 10.20.0.0/24（最大 /16）</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="34"/>
        <source>the site the miners are (or go) in</source>
        <translation>矿机所在（或将加入）的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="36"/>
        <source>default 4028</source>
        <translation>默认 4028</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="37"/>
        <source>add the miners that answered to the site</source>
        <translation>将有应答的矿机添加到矿场</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="41"/>
        <source>with --add: also the hosts that answered badly (hung, unreadable)</source>
        <translation>与 --add 一起使用：同时包括应答异常（挂起、无法读取）的主机</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="44"/>
        <source>with --add: do not identify the added miners</source>
        <translation>与 --add 一起使用：不识别新添加的矿机</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="47"/>
        <source>default 1 s</source>
        <translation>默认 1 秒</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="50"/>
        <source>per reply (default 3 s)</source>
        <translation>每次应答（默认 3 秒）</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="144"/>
        <source>answered badly: {reason}</source>
        <translation>应答异常：{reason}</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="148"/>
        <source> (already in the site)</source>
        <translation>（已在矿场中）</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="159"/>
        <source>{count:,} miners answered out of {addresses:,} addresses; {bad:,} more answered badly.</source>
        <translation>{addresses:,} 个地址中有 {count:,} 台矿机应答；另有 {bad:,} 个应答异常。</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="161"/>
        <source>{count:,} miners answered out of {addresses:,} addresses.</source>
        <translation>{addresses:,} 个地址中有 {count:,} 台矿机应答。</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="166"/>
        <source> (hosts that answered badly left out: --include-bad adds them)</source>
        <translation>（未包括应答异常的主机：--include-bad 可加入它们）</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="171"/>
        <source>added {n_added:,} miners to {site}{skipped}</source>
        <translation>已将 {n_added:,} 台矿机添加到 {site}{skipped}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="50"/>
        <source>invoices, newest month first (a customer: their own)</source>
        <translation>发票，最新月份在前（客户：仅自己的）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="51"/>
        <source>draft, issued, paid, overdue or void</source>
        <translation>draft、issued、paid、overdue 或 void</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="52"/>
        <source>only this month&apos;s</source>
        <translation>仅本月的</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="57"/>
        <source>an invoice: lines, usage per miner, gaps, SLA, totals, payments</source>
        <translation>一张发票：明细行、每台矿机用量、缺口、SLA、合计、付款</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="60"/>
        <source>issue drafts: each gets the next number of its series</source>
        <translation>开具草稿：每份获得其序列中的下一个编号</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="62"/>
        <source>record a payment (partial payments too)</source>
        <translation>登记付款（含部分付款）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="65"/>
        <source>when it was paid (default today)</source>
        <translation>付款日期（默认今天）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="66"/>
        <source>the bank&apos;s reference</source>
        <translation>银行参考号</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="68"/>
        <source>issue a credit note on an invoice (never above what is left)</source>
        <translation>为发票开具贷项通知单（不超过剩余金额）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="74"/>
        <source>void a draft, or an issued invoice nothing was paid or credited on</source>
        <translation>作废草稿，或作废尚无付款或贷记的已开具发票</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="79"/>
        <source>a customer&apos;s statement: every move with the running balance</source>
        <translation>客户对账单：每笔变动及累计余额</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="82"/>
        <source>open proposals to curtail overdue customers&apos; miners</source>
        <translation>对逾期客户矿机限电的未决提议</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="84"/>
        <source>approve or reject a proposal (audited; curtail with `curtail`)</source>
        <translation>批准或拒绝提议（记入审计；用 `curtail` 执行限电）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="89"/>
        <source>curtail (default) or disconnect</source>
        <translation>curtail（默认）或 disconnect</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="138"/>
        <source>{value:&lt;18} {status:&lt;8} {period}  {customer:&lt;28} {total_usd:&gt;12} USD  owed {balance_usd:&gt;12}  due {value2}</source>
        <translation>{value:&lt;18} {status:&lt;8} {period}  {customer:&lt;28} {total_usd:&gt;12} USD  欠款 {balance_usd:&gt;12}  到期 {value2}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="193"/>
        <source>Invoice {value}  {status}  {period}</source>
        <translation>发票 {value}  {status}  {period}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="204"/>
        <source>{n_items} gap(s); SLA: {explained}</source>
        <translation>{n_items} 个缺口；SLA：{explained}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="248"/>
        <source>payment of {amount_usd} USD on {number}: {status}, owed {balance_usd}</source>
        <translation>{number} 收到付款 {amount_usd} USD：{status}，欠款 {balance_usd}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="269"/>
        <source>credit note {number}: {amount_usd} USD on {number2}, owed {balance_usd}</source>
        <translation>贷项通知单 {number}：{number2} 贷记 {amount_usd} USD，欠款 {balance_usd}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="330"/>
        <source>{id}  {action} {n_items} miner(s): {reason}</source>
        <translation>{id}  {action} {n_items} 台矿机：{reason}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="351"/>
        <source>proposal {status}: {action} {n_miner_ids} miner(s)</source>
        <translation>提议{status}：{action} {n_miner_ids} 台矿机</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="18"/>
        <source>write an invoice as a PDF (logo, addresses, lines, usage, gaps, SLA)</source>
        <translation>将发票写为 PDF（徽标、地址、明细行、用量、缺口、SLA）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="23"/>
        <source>e-mail an issued invoice&apos;s PDF to the customer&apos;s billing contacts</source>
        <translation>将已开具发票的 PDF 通过电子邮件发送给客户的账务联系人</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="26"/>
        <source>write a customer&apos;s statement as a PDF</source>
        <translation>将客户对账单写为 PDF</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="39"/>
        <source>wrote {out}: {value}, {total_usd} USD</source>
        <translation>已写入 {out}：{value}，{total_usd} USD</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="66"/>
        <source>queued {number} to {value}{waits}</source>
        <translation>已将 {number} 排队发送至 {value}{waits}</translation>
    </message>
    <message>
        <location filename="../../commands/invoice_print.py" line="83"/>
        <source>wrote {out}: {n_rows} move(s), balance {balance} USD</source>
        <translation>已写入 {out}：{n_rows} 笔变动，余额 {balance} USD</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="56"/>
        <source>add a lead (status new)</source>
        <translation>添加线索（状态 new）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="59"/>
        <source>the person to talk to</source>
        <translation>对接人</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="63"/>
        <source>where it came from (website, referral, …)</source>
        <translation>来源（网站、推荐、…）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="65"/>
        <source>estimated value</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="66"/>
        <source>who works it (default: you)</source>
        <translation>负责人（默认：您）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="68"/>
        <source>when the next step is due</source>
        <translation>下一步截止时间</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="70"/>
        <source>the leads, a page at a time</source>
        <translation>线索，分页显示</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="71"/>
        <source>new, contacted, qualified, won or lost</source>
        <translation>new、contacted、qualified、won 或 lost</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="74"/>
        <source>move a lead to its next stage, or to lost with --reason</source>
        <translation>将线索推进到下一阶段，或用 --reason 标记为丢失</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="76"/>
        <source>contacted, qualified or lost</source>
        <translation>contacted、qualified 或 lost</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="80"/>
        <source>turn a contacted or qualified lead into a deal (the lead is won)</source>
        <translation>将已联系或已确认的线索转为商机（线索记为赢单）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="83"/>
        <source>the deal&apos;s title (default: the lead&apos;s)</source>
        <translation>商机标题（默认：线索的标题）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="85"/>
        <source>the deal&apos;s value (default: the lead&apos;s estimate)</source>
        <translation>商机金额（默认：线索的预估金额）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="87"/>
        <source>the deal&apos;s owner (default: the lead&apos;s)</source>
        <translation>商机负责人（默认：线索的负责人）</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="90"/>
        <source>the owner&apos;s commission, %% of value</source>
        <translation>负责人佣金，金额的 %%</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="122"/>
        <source>{n_items} of {total} leads</source>
        <translation>{n_items} / {total} 条线索</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="141"/>
        <source>added lead {id}: {title}</source>
        <translation>已添加线索 {id}：{title}</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="177"/>
        <source>new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="179"/>
        <source>existing customer, matched by {field}</source>
        <translation>现有客户，按 {field} 匹配</translation>
    </message>
    <message>
        <location filename="../../commands/lead.py" line="181"/>
        <source>lead {lead} won: deal {deal} for {customer} ({how})</source>
        <translation>线索 {lead} 赢单：{customer} 的商机 {deal}（{how}）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="44"/>
        <source>the miners you may see</source>
        <translation>您可见的矿机</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="49"/>
        <source>add or update miners from a CSV/XLSX list (all or nothing)</source>
        <translation>从 CSV/XLSX 列表添加或更新矿机（全部成功或全部不做）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="52"/>
        <source>columns ip, name, rack, position, customer, feed, model; port</source>
        <translation>列 ip、name、rack、position、customer、feed、model；port</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="55"/>
        <source>the site (needed when you may operate several)</source>
        <translation>矿场（当您可操作多个矿场时必填）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="58"/>
        <source>create the feeds the site does not have</source>
        <translation>创建矿场尚未有的供电回路</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="61"/>
        <source>say what would change; write nothing</source>
        <translation>说明将发生的更改；不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="65"/>
        <source>write the miners to a CSV or XLSX file (the import&apos;s columns + status)</source>
        <translation>将矿机写入 CSV 或 XLSX 文件（导入所用的列 + 状态）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="71"/>
        <source>a hosting customer, name, feed, rack or position</source>
        <translation>托管客户、名称、回路、机架或位置</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="74"/>
        <source>give the miners to this hosting customer</source>
        <translation>将矿机分配给此托管客户</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="75"/>
        <source>take them back from their customer</source>
        <translation>从其客户处收回</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="77"/>
        <source>the assignment&apos;s date (default now): 2026-12-01[T08:00]</source>
        <translation>分配日期（默认现在）：2026-12-01[T08:00]</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="79"/>
        <source>rename (one miner)</source>
        <translation>重命名（一台矿机）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="80"/>
        <source>a feed of the site (&apos;&apos; for none)</source>
        <translation>矿场的某个回路（&apos;&apos; 表示无）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="82"/>
        <source>with --feed: create it (the site does not have it)</source>
        <translation>与 --feed 一起使用：创建该回路（矿场尚未有）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="84"/>
        <location filename="../../commands/miner.py" line="85"/>
        <source>&apos;&apos; for none</source>
        <translation>&apos;&apos; 表示无</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="88"/>
        <source>remove miners (their telemetry kept unless --delete-telemetry)</source>
        <translation>移除矿机（除非指定 --delete-telemetry，否则保留其遥测）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="92"/>
        <source>delete its samples and history too</source>
        <translation>同时删除其样本和历史</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="181"/>
        <source>{n_rows} miners</source>
        <translation>{n_rows} 台矿机</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="201"/>
        <source>hashinsight-desktop: error: {error}</source>
        <translation>hashinsight-desktop：错误：{error}</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="203"/>
        <source>hashinsight-desktop: {n_errors} bad cell(s); nothing imported</source>
        <translation>hashinsight-desktop：{n_errors} 个错误单元格；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="212"/>
        <source>; new feeds: {feeds}</source>
        <translation>；新供电回路：{feeds}</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="214"/>
        <source>{name}: would add {add}, would update {update}, {unchanged} unchanged{feeds}</source>
        <translation>{name}：将添加 {add} 台，将更新 {update} 台，{unchanged} 台不变{feeds}</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="216"/>
        <source>{name}: added {add}, updated {update}, {unchanged} unchanged{feeds}</source>
        <translation>{name}：已添加 {add} 台，已更新 {update} 台，{unchanged} 台不变{feeds}</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="230"/>
        <source>wrote {count} miners to {file}</source>
        <translation>已将 {count} 台矿机写入 {file}</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="319"/>
        <source>removed {n_rows} miner(s) with their telemetry ({samples:,} samples deleted)</source>
        <translation>已移除 {n_rows} 台矿机及其遥测（删除 {samples:,} 个样本）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="325"/>
        <source>removed {n_rows} miner(s); their telemetry is kept (adding the address again brings one back)</source>
        <translation>已移除 {n_rows} 台矿机；其遥测已保留（重新添加地址即可恢复）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="46"/>
        <source>e-mail: SMTP server</source>
        <translation>电子邮件：SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="48"/>
        <source>e-mail: SMTP port (default by --security: 587, 465, 25)</source>
        <translation>电子邮件：SMTP 端口（默认按 --security：587、465、25）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="51"/>
        <source>e-mail (default starttls)</source>
        <translation>电子邮件（默认 starttls）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="53"/>
        <source>e-mail: SMTP login (none: no login)</source>
        <translation>电子邮件：SMTP 登录名（不填：不登录）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="54"/>
        <source>e-mail: sender address</source>
        <translation>电子邮件：发件人地址</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="55"/>
        <source>e-mail: recipients, comma-separated</source>
        <translation>电子邮件：收件人，以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="56"/>
        <source>telegram: the chat, group or channel id</source>
        <translation>telegram：聊天、群组或频道 ID</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="58"/>
        <source>telegram: Bot API address (default https://api.telegram.org)</source>
        <translation>telegram：Bot API 地址（默认 https://api.telegram.org）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="61"/>
        <source>digest window in seconds (default 60)</source>
        <translation>摘要窗口秒数（默认 60）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="64"/>
        <source>messages per hour at most (default 20)</source>
        <translation>每小时最多消息数（默认 20）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="66"/>
        <source>save the channel switched off</source>
        <translation>保存为停用状态的渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="70"/>
        <source>read the SMTP password / webhook URL / bot token from standard input (else a prompt)</source>
        <translation>从标准输入读取 SMTP 密码 / Webhook URL / 机器人令牌（否则提示输入）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="79"/>
        <source>e-mail and webhook channels</source>
        <translation>电子邮件和 Webhook 渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="82"/>
        <source>list the channels</source>
        <translation>列出渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="83"/>
        <source>add a channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="88"/>
        <source>change a channel (options not given stay as they are)</source>
        <translation>修改渠道（未提供的选项保持不变）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="92"/>
        <source>switch the channel on</source>
        <translation>启用渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="95"/>
        <source>remove a channel, its rules and waiting alerts (its log stays)</source>
        <translation>删除渠道及其规则和等待发送的告警（发送日志保留）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="100"/>
        <source>which alerts go to which channel</source>
        <translation>哪些告警发送到哪个渠道</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="103"/>
        <source>list the rules</source>
        <translation>列出规则</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="104"/>
        <source>add a rule (no --severity/--kind/--site: every one)</source>
        <translation>添加规则（不带 --severity/--kind/--site：全部）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="109"/>
        <source>an alert kind, repeatable</source>
        <translation>告警类型，可重复</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="112"/>
        <source>a site, repeatable</source>
        <translation>矿场，可重复</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="115"/>
        <source>remove a rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="120"/>
        <source>send a test message through a channel now and say what happened</source>
        <translation>立即通过渠道发送测试消息，并报告结果</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="124"/>
        <source>the send log, newest first</source>
        <translation>发送日志，最新在前</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="205"/>
        <source>removed channel {name}</source>
        <translation>已删除渠道 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="236"/>
        <source>added channel {name}: {recipient}</source>
        <translation>已添加渠道 {name}：{recipient}</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="238"/>
        <source>changed channel {name}: {recipient}</source>
        <translation>已修改渠道 {name}：{recipient}</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="276"/>
        <source>removed rule {name}</source>
        <translation>已删除规则 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="286"/>
        <source>added rule {name} → {name2}</source>
        <translation>已添加规则 {name} → {name2}</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="299"/>
        <source>test sent through {channel}: the server accepted it</source>
        <translation>已通过 {channel} 发送测试：服务器已接受</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="302"/>
        <source>test through {channel} failed: {error}</source>
        <translation>通过 {channel} 发送测试失败：{error}</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="21"/>
        <source>only rows holding TEXT (any case)</source>
        <translation>仅包含 TEXT 的行（不区分大小写）</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="22"/>
        <source>only this owner&apos;s</source>
        <translation>仅此负责人的</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="27"/>
        <location filename="../../commands/ticket.py" line="89"/>
        <source>one of {keys}</source>
        <translation>{keys} 之一</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="30"/>
        <location filename="../../commands/ticket.py" line="92"/>
        <source>smallest first (default: largest, newest first)</source>
        <translation>从小到大（默认：从大到小、最新在前）</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="33"/>
        <location filename="../../commands/ticket.py" line="95"/>
        <source>rows per page (1-1000, default 100)</source>
        <translation>每页行数（1-1000，默认 100）</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="35"/>
        <location filename="../../commands/ticket.py" line="97"/>
        <source>rows to skip (the next page)</source>
        <translation>跳过的行数（下一页）</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="30"/>
        <source>{text!r} is not a port number (1–65535)</source>
        <translation>{text!r} 不是端口号（1–65535）</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="33"/>
        <source>{port} is not a port number (1–65535)</source>
        <translation>{port} 不是端口号（1–65535）</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="42"/>
        <source>{text!r} is not a number of seconds</source>
        <translation>{text!r} 不是秒数</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="46"/>
        <source>{text} is not a positive number of seconds</source>
        <translation>{text} 不是正的秒数</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="55"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="57"/>
        <source>{value} must be at least 1</source>
        <translation>{value} 必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="93"/>
        <source>host, host:port, a CIDR range, or @file</source>
        <translation>主机、主机:端口、CIDR 范围或 @文件</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="96"/>
        <source>port when a target names none (default 4028)</source>
        <translation>目标未指定端口时使用的端口（默认 4028）</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="99"/>
        <source>print a JSON array, one object per target</source>
        <translation>打印 JSON 数组，每个目标一个对象</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="106"/>
        <source>whole exchange deadline per miner</source>
        <translation>每台矿机整个交互的时限</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="196"/>
        <source>{value:&lt;16} {value2:&gt;5}  {value3:&lt;9} {value4:&gt;8} {value5:&gt;6} {value6:&gt;5}  {value7:&lt;22} error</source>
        <translation>{value:&lt;16} {value2:&gt;5}  {value3:&lt;9} {value4:&gt;8} {value5:&gt;6} {value6:&gt;5}  {value7:&lt;22} 错误</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="46"/>
        <source>add a site</source>
        <translation>添加矿场</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="49"/>
        <source>IANA name, e.g. America/Chicago or UTC</source>
        <translation>IANA 名称，例如 America/Chicago 或 UTC</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="53"/>
        <source>the sites you may see</source>
        <translation>您可见的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="55"/>
        <source>change a site (what is not given stays)</source>
        <translation>修改矿场（未提供的保持不变）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="63"/>
        <source>a second person must approve its curtailment plans</source>
        <translation>其限电计划须由第二人批准</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="67"/>
        <source>the web/API login of the site&apos;s miners (kept in the keyring)</source>
        <translation>矿场矿机的 Web/API 登录凭据（保存在密钥环中）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="69"/>
        <source>the site&apos;s name</source>
        <translation>矿场名称</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="71"/>
        <source>only for this model at the site (e.g. &apos;Antminer S19j Pro&apos;)</source>
        <translation>仅适用于矿场中的此型号（例如 &apos;Antminer S19j Pro&apos;）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="75"/>
        <source>the login user; the password is read from standard input</source>
        <translation>登录用户；密码从标准输入读取</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="80"/>
        <source>use each firmware&apos;s factory login (root/root, admin/admin…): an explicit choice</source>
        <translation>使用各固件的出厂登录（root/root、admin/admin…）：需明确选择</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="82"/>
        <source>say what is stored (never the password)</source>
        <translation>说明已存储的内容（绝不显示密码）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="84"/>
        <source>read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="97"/>
        <source>the power price in $/kWh (e.g. 0.045)</source>
        <translation>电价，单位 $/kWh（例如 0.045）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="99"/>
        <source>the site&apos;s power capacity in kW</source>
        <translation>矿场电力容量，单位 kW</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="141"/>
        <source>{name:&lt;24} {timezone:&lt;22} {power_price_usd_per_kwh:&gt;8} $/kWh {capacity_kw:&gt;8} kW{value}</source>
        <translation>{name:&lt;24} {timezone:&lt;22} {power_price_usd_per_kwh:&gt;8} $/kWh {capacity_kw:&gt;8} kW{value}</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="200"/>
        <source>added site:</source>
        <translation>已添加矿场：</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="200"/>
        <source>saved site:</source>
        <translation>已保存矿场：</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="227"/>
        <source>miner login of {where}: {value}</source>
        <translation>{where}的矿机登录凭据：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="256"/>
        <source>miner login of {where}: {stored} (in the keyring)</source>
        <translation>{where}的矿机登录凭据：{stored}（在密钥环中）</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="36"/>
        <source>write a customer&apos;s signed SLA report for a month (from its invoices)</source>
        <translation>写出客户某月的已签名 SLA 报告（根据其发票）</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="42"/>
        <source>prove a signed SLA report was not altered</source>
        <translation>证明已签名的 SLA 报告未被篡改</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="45"/>
        <source>trust this key instead of the site&apos;s published ones</source>
        <translation>信任此密钥，而非矿场公布的密钥</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="47"/>
        <source>print the verified report as JSON</source>
        <translation>将校验后的报告打印为 JSON</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="70"/>
        <source>wrote {out}: signed by key {key_id}</source>
        <translation>已写入 {out}：由密钥 {key_id} 签名</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="119"/>
        <source>OK: {report} is {name}&apos;s SLA report for {period}, unaltered, signed by this site&apos;s key {key_id}</source>
        <translation>正常：{report} 是 {name} {period} 的 SLA 报告，未被篡改，由本矿场密钥 {key_id} 签名</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="58"/>
        <source>open a ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="61"/>
        <source>the customer it is for (staff; a customer: their own)</source>
        <translation>工单对应的客户（员工；客户：仅自己）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="64"/>
        <source>low, normal (default), high or urgent</source>
        <translation>low、normal（默认）、high 或 urgent</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="68"/>
        <source>an affected miner (name, IP or id); repeat for more</source>
        <translation>受影响的矿机（名称、IP 或 ID）；多台则重复</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="70"/>
        <source>the tickets, a page at a time (newest first)</source>
        <translation>工单，分页显示（最新在前）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="72"/>
        <source>part of the subject, the customer&apos;s name, or T-12</source>
        <translation>主题的一部分、客户名称或 T-12</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="78"/>
        <source>one of {keys}; repeat</source>
        <translation>{keys} 之一；可重复</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="80"/>
        <source>low, normal, high or urgent</source>
        <translation>low、normal、high 或 urgent</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="83"/>
        <source>only tickets that missed or passed an SLA target</source>
        <translation>仅错过或超过 SLA 目标的工单</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="99"/>
        <source>move a ticket to another state (legal moves only)</source>
        <translation>将工单移到其他状态（仅限合法变更）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="100"/>
        <location filename="../../commands/ticket.py" line="106"/>
        <location filename="../../commands/ticket.py" line="109"/>
        <source>T-12, 12 or the ticket&apos;s id</source>
        <translation>T-12、12 或工单 ID</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="104"/>
        <source>a ticket with its replies, history, SLA timers and incidents</source>
        <translation>工单及其回复、历史、SLA 计时和事件</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="108"/>
        <source>reply on a ticket</source>
        <translation>回复工单</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="183"/>
        <source>response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="183"/>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="185"/>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="186"/>
        <source>paused outside business hours</source>
        <translation>已暂停：非工作时间</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="187"/>
        <source>paused, waiting</source>
        <translation>已暂停：等待中</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="194"/>
        <source>SLA {name}: no target</source>
        <translation>SLA {name}：无目标</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="197"/>
        <source>SLA {name}: MISSED after {elapsed} of {target}</source>
        <translation>SLA {name}：已超时，用时 {elapsed} / {target}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="199"/>
        <source>SLA {name}: met after {elapsed} of {target}</source>
        <translation>SLA {name}：已达成，用时 {elapsed} / {target}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="203"/>
        <source>over by {time}</source>
        <translation>已超出 {time}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="205"/>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="208"/>
        <source>due {time}</source>
        <translation>截止 {time}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="210"/>
        <source>due when it runs again</source>
        <translation>重新计时后才有截止时间</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="214"/>
        <source>SLA {name}: BREACHED · {pace} · {left} · {due}</source>
        <translation>SLA {name}：已违约 · {pace} · {left} · {due}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="216"/>
        <source>SLA {name}: {pace} · {left} · {due}</source>
        <translation>SLA {name}：{pace} · {left} · {due}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="223"/>
        <source>opened {time} by {user}</source>
        <translation>{user} 创建于 {time}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="225"/>
        <source>customer {customer_name} · {status} · {priority} · {opened}</source>
        <translation>客户 {customer_name} · {status} · {priority} · {opened}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="230"/>
        <source>can move to: {value}</source>
        <translation>可移至：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="234"/>
        <source>miners: {names}</source>
        <translation>矿机：{names}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="236"/>
        <source>incidents: {titles}</source>
        <translation>事件：{titles}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="240"/>
        <source>{name} (customer)</source>
        <translation>{name}（客户）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="244"/>
        <source>e-mail to {value}: {status}{value2}</source>
        <translation>发送给 {value} 的邮件：{status}{value2}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="289"/>
        <source>{n_rows} of {total} tickets</source>
        <translation>{n_rows} / {total} 个工单</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="317"/>
        <source>replied on T-{number} (now {status}), e-mailed to {mailed}</source>
        <translation>已回复 T-{number}（当前 {status}），已通过电子邮件发送给 {mailed}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="319"/>
        <source>replied on T-{number} (now {status})</source>
        <translation>已回复 T-{number}（当前 {status}）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket.py" line="323"/>
        <source> (not e-mailed: {why})</source>
        <translation>（未发送电子邮件：{why}）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="31"/>
        <source>add or change a business calendar (working hours, holidays)</source>
        <translation>添加或修改工作日历（工作时间、节假日）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="42"/>
        <source>IANA zone (default: each ticket&apos;s site&apos;s zone)</source>
        <translation>IANA 时区（默认：各工单所属矿场的时区）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="49"/>
        <source>a whole day off; repeat</source>
        <translation>全天休息；可重复</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="54"/>
        <source>add or change an SLA policy (targets per priority)</source>
        <translation>添加或修改 SLA 策略（按优先级设定目标）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="55"/>
        <source>Add or change an SLA policy. Saving it re-times the open tickets it now governs under the new targets (also tickets opened before any policy, and a customer&apos;s when given their own policy); resolved and closed tickets keep the policy they were judged by.</source>
        <translation>添加或修改 SLA 策略。保存后，其现在适用的未关闭工单将按新目标重新计时（也包括在任何策略之前开立的工单，以及为客户指定专属策略时该客户的工单）；已解决和已关闭的工单保留当时评判所用的策略。</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="68"/>
        <source>the business calendar it counts in</source>
        <translation>计时所用的工作日历</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="71"/>
        <source>the customer it is for (default: every other customer)</source>
        <translation>适用的客户（默认：其他所有客户）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="78"/>
        <source>business minutes, e.g. urgent=15/120; repeat per priority</source>
        <translation>工作时间分钟数，例如 urgent=15/120；按优先级重复</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="30"/>
        <source>where the user&apos;s CRM notices are e-mailed (a deal they own)</source>
        <translation>用户的 CRM 通知（其负责的商机）发送到的邮箱</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="39"/>
        <source>act as this admin (password from {env} or a prompt)</source>
        <translation>以此管理员身份操作（密码来自 {env} 或提示输入）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="45"/>
        <source>read the new password from standard input</source>
        <translation>从标准输入读取新密码</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="53"/>
        <source>add a user (the first user must be the owner)</source>
        <translation>添加用户（第一个用户必须是所有者）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="59"/>
        <source>site scope (site_manager)</source>
        <translation>矿场范围（site_manager）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="61"/>
        <source>customer account (customer role)</source>
        <translation>客户账户（customer 角色）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="65"/>
        <source>change a user&apos;s display name or notice e-mail address (your own: any user)</source>
        <translation>修改用户的显示名称或通知邮箱（自己的：任何用户均可）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="72"/>
        <source>{email}; &apos;&apos; clears it</source>
        <translation>{email}；&apos;&apos; 表示清除</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="76"/>
        <source>list user accounts with their state and last login</source>
        <translation>列出用户账户及其状态和最近登录</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="79"/>
        <source>set a new password for a user (also unlocks)</source>
        <translation>为用户设置新密码（同时解锁）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="84"/>
        <source>disable an account (it can no longer log in; its history stays)</source>
        <translation>停用账户（无法再登录；其历史保留）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="85"/>
        <source>enable a disabled account again</source>
        <translation>重新启用已停用的账户</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="86"/>
        <source>clear an account&apos;s failed logins, so its next login need not wait</source>
        <translation>清除账户的登录失败次数，使其下次登录无需等待</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="94"/>
        <source>locked-out owner: new password, unlocked, enabled, with direct database access (no --as; audited)</source>
        <translation>被锁定的所有者：通过直接访问数据库设置新密码、解锁并启用（无需 --as；记入审计）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="111"/>
        <source>New password: </source>
        <translation>新密码： </translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="112"/>
        <source>Repeat password: </source>
        <translation>重复密码： </translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="158"/>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="159"/>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="160"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="161"/>
        <source>LAST LOGIN</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="162"/>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="163"/>
        <source>DISPLAY NAME</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="194"/>
        <source>new password set for {name} (failed logins cleared)</source>
        <translation>已为 {name} 设置新密码（已清除登录失败次数）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="197"/>
        <source>unlocked {name}</source>
        <translation>已解锁 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="198"/>
        <source>{name} was not locked (no failed logins)</source>
        <translation>{name} 未被锁定（无登录失败）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="208"/>
        <source>enabled {name}</source>
        <translation>已启用 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="209"/>
        <source>{name} was already enabled</source>
        <translation>{name} 已是启用状态</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="212"/>
        <source>disabled {name}</source>
        <translation>已停用 {name}</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="213"/>
        <source>{name} was already disabled</source>
        <translation>{name} 已是停用状态</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="246"/>
        <source>the console only</source>
        <translation>仅在控制台中</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="248"/>
        <source>{username}: display name {value}, CRM notices to {notices}</source>
        <translation>{username}：显示名称 {value}，CRM 通知：{notices}</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="262"/>
        <source>Recovering owner {value} with direct access to {display}; recorded in the audit log as {operator}.</source>
        <translation>正在通过直接访问 {display} 恢复所有者 {value}；以 {operator} 记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="273"/>
        <source>owner {name} recovered: new password set, failed logins cleared, account enabled</source>
        <translation>所有者 {name} 已恢复：已设置新密码、清除登录失败次数、启用账户</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="340"/>
        <source>added user {value} ({role})</source>
        <translation>已添加用户 {value}（{role}）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="31"/>
        <source>{order} with a constant</source>
        <translation>{order}，含常数项</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="32"/>
        <source>{order} on logs</source>
        <translation>{order}，基于对数值</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="33"/>
        <source>{order} with a constant on logs</source>
        <translation>{order}，含常数项，基于对数值</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="45"/>
        <source>SMA, EMA, RSI, MACD, Bollinger Bands (and ATR) as TA-Lib does</source>
        <translation>按 TA-Lib 的算法计算 SMA、EMA、RSI、MACD、布林带（及 ATR）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="51"/>
        <source>CSV or XLSX with date, close and optional open, high, low, volume (ATR needs high and low)</source>
        <translation>包含 date、close 以及可选 open、high、low、volume 的 CSV 或 XLSX（ATR 需要 high 和 low）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="56"/>
        <source>arrays aligned with the rows, null in warm-up</source>
        <translation>与各行对齐的数组，预热期内为 null</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="60"/>
        <source>ARIMA forecast with 80/95 %% intervals and a back-test</source>
        <translation>ARIMA 预测，含 80/95 %% 区间及回测</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="63"/>
        <source>CSV or XLSX with date, value; daily</source>
        <translation>包含 date、value 的 CSV 或 XLSX；按天</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="66"/>
        <source>model the logarithm (prices); report in the input&apos;s scale</source>
        <translation>对对数建模（价格）；按输入的尺度报告</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="68"/>
        <source>days ahead, default 7</source>
        <translation>预测天数，默认 7</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="74"/>
        <source>time for the order search, default 0.8</source>
        <translation>阶数搜索的时间，默认 0.8</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="79"/>
        <source>split a change of daily profit into each input&apos;s part (Shapley)</source>
        <translation>将每日利润的变化拆分到各输入项（Shapley）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="89"/>
        <source>the inputs before: {keys} (uptime_pct and pool_fee_pct default to 100 and 2); no thousands separators; difficulty may be 110T</source>
        <translation>变化前的输入：{keys}（uptime_pct 和 pool_fee_pct 默认为 100 和 2）；不要使用千位分隔符；难度可写作 110T</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="96"/>
        <source>the inputs that changed (others as before)</source>
        <translation>发生变化的输入（其余同前）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="117"/>
        <source>hashinsight-desktop: error: {source}: {count} bad cell(s); nothing was imported:</source>
        <translation>hashinsight-desktop：错误：{source}：{count} 个错误单元格；未导入任何内容：</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="119"/>
        <source>hashinsight-desktop: error: {source}: {count} bad cell(s); nothing was computed:</source>
        <translation>hashinsight-desktop：错误：{source}：{count} 个错误单元格；未进行任何计算：</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="138"/>
        <location filename="../../commands/analytics.py" line="169"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="138"/>
        <source>close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="143"/>
        <source>({rows} rows; the last {shown} shown; --json for all)</source>
        <translation>（共 {rows} 行；显示最后 {shown} 行；--json 输出全部）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="169"/>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="170"/>
        <source>80 % interval</source>
        <translation>80 % 区间</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="170"/>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="179"/>
        <source>Back-test: the series is too short for one window</source>
        <translation>回测：序列太短，不足一个窗口</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="181"/>
        <source>Back-test over {points} forecasts ({windows} windows): MAPE {mape:.2f} %, inside the 80 % interval {inside_80:.0f} %, inside the 95 % interval {inside_95:.0f} %</source>
        <translation>回测共 {points} 次预测（{windows} 个窗口）：MAPE {mape:.2f} %，落在 80 % 区间内 {inside_80:.0f} %，落在 95 % 区间内 {inside_95:.0f} %</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="196"/>
        <source>Warning: {warning}</source>
        <translation>警告：{warning}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="229"/>
        <source>Daily profit: {before} → {after} (change {change}/day)</source>
        <translation>每日利润：{before} → {after}（变化 {change}/天）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="238"/>
        <source>No input changed.</source>
        <translation>没有输入发生变化。</translation>
    </message>
    <message>
        <location filename="../../commands/cluster.py" line="35"/>
        <source>every console and agent, who leads which role, job ticks, listener lag, dead letters</source>
        <translation>所有控制台和代理、谁主导哪个角色、作业轮次、监听延迟、死信</translation>
    </message>
    <message>
        <location filename="../../commands/cluster.py" line="98"/>
        <source>{kind} (child)</source>
        <translation>{kind}（子进程）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_run.py" line="107"/>
        <source>stopped: {confirmed:,} confirmed, {value:,} accepted, {planned:,} never sent; `curtail recover {value2}` brings the changed miners back</source>
        <translation>已停止：{confirmed:,} 台已确认，{value:,} 台已接受，{planned:,} 台从未发送；`curtail recover {value2}` 可让被更改的矿机恢复</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_run.py" line="123"/>
        <source>still {state} after {wait:g} s: the run halts after the commands in flight</source>
        <translation>{wait:g} 秒后仍{state}：进行中的命令完成后运行将停止</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="17"/>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="18"/>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="19"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="22"/>
        <source>technical</source>
        <translation>技术面</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="23"/>
        <source>sentiment</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="24"/>
        <source>derivatives</source>
        <translation>衍生品</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="25"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="26"/>
        <source>regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="27"/>
        <source>levels</source>
        <translation>关键位</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="28"/>
        <source>exhaustion</source>
        <translation>衰竭</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="36"/>
        <source>the signal modules and their −100…+100 ensemble score on a price file</source>
        <translation>价格文件上的各信号模块及其 −100…+100 组合评分</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="42"/>
        <source>CSV or XLSX with date, close and optional open, high, low, volume</source>
        <translation>包含 date、close 以及可选 open、high、low、volume 的 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="45"/>
        <source>date, value (0-100): the Fear &amp; Greed index by day</source>
        <translation>date、value (0-100)：每日恐惧与贪婪指数</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="48"/>
        <source>date, value: network difficulty by day</source>
        <translation>date、value：每日全网难度</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="51"/>
        <source>Deribit perpetual funding, %% per 8 h</source>
        <translation>Deribit 永续合约资金费率，每 8 小时 %%</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="54"/>
        <source>perpetual mark over the index, %%</source>
        <translation>永续合约标记价格高于指数的幅度，%%</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="60"/>
        <source>back-fill the market history&apos;s daily bars from a CSV/XLSX file (needs the database)</source>
        <translation>从 CSV/XLSX 文件回填市场历史的日线（需要数据库）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="65"/>
        <source>date, close and optional open, high, low, volume (USD), difficulty, hashrate (EH/s)</source>
        <translation>date、close 以及可选 open、high、low、volume (USD)、difficulty、hashrate (EH/s)</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="110"/>
        <source>Score {score:+.0f} ({stance}) on {day}</source>
        <translation>{day} 评分 {score:+.0f}（{stance}）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="114"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="119"/>
        <source>support {level:,.0f}</source>
        <translation>支撑 {level:,.0f}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="120"/>
        <source>resistance {level:,.0f}</source>
        <translation>阻力 {level:,.0f}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="123"/>
        <source>Levels: {levels}</source>
        <translation>关键位：{levels}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="143"/>
        <source>Imported {bars} daily bar(s) {first} – {last} ({written} new, {replaced} replaced; {kept} collected day(s) kept)</source>
        <translation>已导入 {bars} 根日线 {first} – {last}（新增 {written}，替换 {replaced}；保留采集的 {kept} 天）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="37"/>
        <source>how many miners to serve</source>
        <translation>要模拟的矿机数量</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="45"/>
        <source>loopback network giving each miner its own address on --port (default 127.1.0.0/16)</source>
        <translation>为每台矿机在 --port 上分配独立地址的回环网段（默认 127.1.0.0/16）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="54"/>
        <source>serve miner i on 127.0.0.1:P+i instead</source>
        <translation>改为在 127.0.0.1:P+i 上提供第 i 台矿机</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="60"/>
        <source>port of every miner with --bind (default 4028)</source>
        <translation>使用 --bind 时每台矿机的端口（默认 4028）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="67"/>
        <source>catalogue models with optional weights, comma-separated (default: %(default)s)</source>
        <translation>目录型号及可选权重，以逗号分隔（默认：%(default)s）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="75"/>
        <source>percent of miners per fault: offline, hang, slow, malformed, garbage, overheat, deadboard, overdraw (e.g. offline=2,hang=1,slow=1,malformed=1,overheat=1,deadboard=1)</source>
        <translation>各类故障的矿机百分比：offline、hang、slow、malformed、garbage、overheat、deadboard、overdraw（例如 offline=2,hang=1,slow=1,malformed=1,overheat=1,deadboard=1）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="87"/>
        <source>percent of miners per firmware family, each speaking its own control protocol: antminer (web CGI on port 80, digest auth), whatsminer (token + AES API), luxos (sessions), avalon (ascset); the rest are generic (e.g. antminer=40,whatsminer=20,luxos=10,avalon=10)</source>
        <translation>各固件系列的矿机百分比，每个系列使用自己的控制协议：antminer（端口 80 上的 Web CGI，摘要认证）、whatsminer（令牌 + AES API）、luxos（会话）、avalon（ascset）；其余为通用（例如 antminer=40,whatsminer=20,luxos=10,avalon=10）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="96"/>
        <source>same seed, same farm (default 0)</source>
        <translation>种子相同，矿场相同（默认 0）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="103"/>
        <source>ambient temperature (°C)</source>
        <translation>环境温度 (°C)</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="110"/>
        <source>reply delay of slow miners</source>
        <translation>慢速矿机的应答延迟</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="117"/>
        <source>percent refusing joined commands</source>
        <translation>拒绝组合命令的百分比</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="124"/>
        <source>serve only miners whose index %% K == I: one farm split over K processes (open-file limits)</source>
        <translation>只提供序号 %% K == I 的矿机：将一个矿场拆分到 K 个进程（受打开文件数限制）</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="130"/>
        <source>stop by itself after S seconds</source>
        <translation>S 秒后自动停止</translation>
    </message>
    <message>
        <location filename="../../simulator/cli.py" line="136"/>
        <source>write host:port per line to PATH</source>
        <translation>将 host:port 逐行写入 PATH</translation>
    </message>
</context>
<context>
    <name>CalculatorForm</name>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="43"/>
        <source>Hashrate</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="45"/>
        <source>Hashrate of one unit</source>
        <translation>单台算力</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="49"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="51"/>
        <source>Power of one unit, at the wall</source>
        <translation>单台功率（墙插处）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="55"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="56"/>
        <source>units</source>
        <translation>台</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="57"/>
        <source>How many units</source>
        <translation>台数</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="61"/>
        <source>Hardware cost</source>
        <translation>硬件成本</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="62"/>
        <source>$/unit</source>
        <translation>$/台</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="63"/>
        <source>Price of one unit, for payback and ROI (0: none)</source>
        <translation>单台价格，用于回本期和 ROI（0：无）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="69"/>
        <source>Electricity</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="71"/>
        <source>All-in power price</source>
        <translation>综合电价</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="75"/>
        <source>Pool fee</source>
        <translation>矿池费</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="77"/>
        <source>The pool&apos;s share of the reward</source>
        <translation>矿池从奖励中抽取的比例</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="81"/>
        <source>Uptime</source>
        <translation>在线率</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="83"/>
        <source>Share of the time the machines hash</source>
        <translation>机器挖矿时间所占比例</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="89"/>
        <source>Difficulty growth</source>
        <translation>难度增长</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="90"/>
        <source>%/month</source>
        <translation>%/月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="91"/>
        <source>Network difficulty growth, compounding monthly</source>
        <translation>全网难度增长，按月复合</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="95"/>
        <source>Horizon</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="96"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="97"/>
        <source>How far payback, ROI and the chart look ahead</source>
        <translation>回本期、ROI 和图表向前计算的时长</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="103"/>
        <source>BTC price</source>
        <translation>BTC 价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="105"/>
        <source>Bitcoin price in US dollars</source>
        <translation>比特币的美元价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="109"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="111"/>
        <source>Network difficulty</source>
        <translation>全网难度</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="115"/>
        <source>Fees per block</source>
        <translation>每区块手续费</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="117"/>
        <source>Mean transaction fees per block, subsidy excluded</source>
        <translation>每区块平均交易手续费，不含补贴</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="121"/>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="123"/>
        <source>For the block subsidy and the next halving</source>
        <translation>用于计算区块补贴和下次减半</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="127"/>
        <source>Network hashrate</source>
        <translation>全网算力</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="129"/>
        <source>For the second, hashrate-share estimate (optional)</source>
        <translation>用于第二种估算（算力占比法，可选）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="154"/>
        <source>Type a model, e.g. S21 XP</source>
        <translation>输入型号，例如 S21 XP</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="167"/>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="169"/>
        <source>Operation</source>
        <translation>运营</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="170"/>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="198"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="215"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="216"/>
        <source>Live market values; type over any of them for a what-if, ↺ returns to the live value</source>
        <translation>实时市场数值；可改写任一数值做假设分析，↺ 恢复为实时值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="255"/>
        <source>choose a catalogue model, or {custom} for your own hashrate and power</source>
        <translation>请选择目录中的型号，或选择“{custom}”填写您自己的算力和功率</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="268"/>
        <source> — did you mean {models}?</source>
        <translation> — 您是指 {models} 吗？</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="270"/>
        <source>; choose {custom} for your own machine</source>
        <translation>；如是您自己的机器，请选择“{custom}”</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="274"/>
        <source>unknown model {text}{hint}</source>
        <translation>未知型号 {text}{hint}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="300"/>
        <source>Your machine&apos;s figure</source>
        <translation>您机器的数值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="302"/>
        <source>From the catalogue; choose {custom} to type</source>
        <translation>来自型号目录；选择“{custom}”可手动输入</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="345"/>
        <source>type a value, or ↺ for the live one</source>
        <translation>输入数值，或点 ↺ 使用实时值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="349"/>
        <source>no market value: type one, or refresh market data (F5)</source>
        <translation>无市场数值：请手动输入，或刷新市场数据 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="383"/>
        <source>empty: {growth}</source>
        <translation>留空：{growth}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="384"/>
        <source>Empty: {growth}</source>
        <translation>留空：{growth}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_form.py" line="409"/>
        <source>from history ({source}, {when})</source>
        <translation>来自历史记录（{source}，{when}）</translation>
    </message>
</context>
<context>
    <name>CalculatorHistory</name>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="122"/>
        <source>Filter saved calculations</source>
        <translation>筛选已保存的计算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="126"/>
        <source>Double-click a calculation to restore its inputs</source>
        <translation>双击计算记录以恢复其输入</translation>
    </message>
</context>
<context>
    <name>CalculatorSources</name>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="30"/>
        <source>manual · typed {age}</source>
        <translation>手动 · 输入于 {age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="32"/>
        <source>last known ({source}) · {age}</source>
        <translation>最后已知值（{source}）· {age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="33"/>
        <source>{source} · {age}</source>
        <translation>{source} · {age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="38"/>
        <source>{source}, {age}</source>
        <translation>{source}，{age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="39"/>
        <source>last known ({text})</source>
        <translation>最后已知值（{text}）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="48"/>
        <source>manual (typed {age})</source>
        <translation>手动（输入于 {age}）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="50"/>
        <source>{source} ({age})</source>
        <translation>{source}（{age}）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="58"/>
        <source>{pct} %/month, stated default</source>
        <translation>{pct} %/月，设定的默认值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="59"/>
        <source>{pct} %/month, measured ({days} d)</source>
        <translation>{pct} %/月，实测（{days} 天）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="67"/>
        <source>{pct} %/month: the stated default (no stored difficulty history of {span} days to measure)</source>
        <translation>{pct} %/月：设定的默认值（没有 {span} 天的已存储难度历史可供测算）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="70"/>
        <source>{pct} %/month, {origin}</source>
        <translation>{pct} %/月，{origin}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="77"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="78"/>
        <source>measured over {days} days of stored difficulty</source>
        <translation>基于 {days} 天已存储难度测算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="84"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="86"/>
        <source>&gt; {months} months</source>
        <translation>&gt; {months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_model.py" line="41"/>
        <location filename="../../ui/calculator/history_panel.py" line="60"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_model.py" line="43"/>
        <source>&gt; horizon</source>
        <translation>&gt; 期限</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_model.py" line="46"/>
        <location filename="../../ui/calculator/history_panel.py" line="59"/>
        <location filename="../../ui/calculator/source_texts.py" line="88"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_results_model.py" line="45"/>
        <location filename="../../ui/calculator/source_texts.py" line="89"/>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="97"/>
        <source>≈ {days} days at today&apos;s figures; difficulty growth delays it</source>
        <translation>按当前数据约 {days} 天；难度增长会使其推迟</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="98"/>
        <source>≈ {days} days at today&apos;s figures</source>
        <translation>按当前数据约 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="100"/>
        <source>no hardware cost entered</source>
        <translation>未输入硬件成本</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/source_texts.py" line="102"/>
        <source>no profit at today&apos;s figures</source>
        <translation>按当前数据无利润</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="57"/>
        <source>not within horizon</source>
        <translation>不在期限内</translation>
    </message>
</context>
<context>
    <name>CalculatorTab</name>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="68"/>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="69"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="70"/>
        <source>Curtailment impact</source>
        <translation>限电影响</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="153"/>
        <source>Calculate now</source>
        <translation>立即计算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="181"/>
        <source>Batch…</source>
        <translation>批量…</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="184"/>
        <source>Profitability of a whole fleet file (CSV or XLSX), exported to Excel (Ctrl+B)</source>
        <translation>计算整个机群文件（CSV 或 XLSX）的收益，并导出到 Excel (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="200"/>
        <source>Batch calculator — fleet file</source>
        <translation>批量计算器 — 机群文件</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="220"/>
        <source>Cannot read the miner catalogue: {error}</source>
        <translation>无法读取矿机型号目录：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="332"/>
        <source>No market data yet: refresh it (F5), or type {names} under Market.</source>
        <translation>尚无市场数据：请刷新 (F5)，或在“市场”下输入 {names}。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="340"/>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 项）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="341"/>
        <source> The figures shown are for the last valid inputs.</source>
        <translation>显示的数值基于最后一次有效输入。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="343"/>
        <source>{problem}{more}.{kept}</source>
        <translation>{problem}{more}。{kept}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="357"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; × {quantity} · {ths} TH/s · {kw} kW · ${price}/kWh · {fee} % pool fee · {uptime} % uptime · difficulty {growth} %/month ({origin})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; × {quantity} · {ths} TH/s · {kw} kW · ${price}/kWh · 矿池费 {fee} % · 在线率 {uptime} % · 难度 {growth} %/月（{origin}）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="375"/>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/calculator_tab.py" line="386"/>
        <source>Restored the calculation of {when}; its market values are kept (↺ returns to live)</source>
        <translation>已恢复 {when} 的计算；保留其市场数值（↺ 恢复为实时值）</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="146"/>
        <source>Business calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="148"/>
        <source>e.g. Austin office</source>
        <translation>例如：奥斯汀办公室</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="151"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="153"/>
        <source>e.g. America/Chicago</source>
        <translation>例如：America/Chicago</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="154"/>
        <source>Empty: each ticket&apos;s site&apos;s time zone.</source>
        <translation>留空：使用各工单所属矿场的时区。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="161"/>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="163"/>
        <source>One per line: 2026-12-25 Christmas Day</source>
        <translation>每行一个：2026-12-25 圣诞节</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="165"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="144"/>
        <source>Filter models  (Ctrl+F)</source>
        <translation>筛选型号  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="149"/>
        <source>All cooling</source>
        <translation>所有散热方式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="152"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="153"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="154"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="156"/>
        <source>Your role ({role}) may not edit the catalogue</source>
        <translation>您的角色（{role}）无权编辑型号目录</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="168"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="266"/>
        <source>No model matches these filters.</source>
        <translation>没有符合这些筛选条件的型号。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="170"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="227"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="231"/>
        <source>Miner catalogue</source>
        <translation>矿机型号目录</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="232"/>
        <source>Cannot read the catalogue: {error}</source>
        <translation>无法读取型号目录：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="245"/>
        <source>All makers</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="257"/>
        <source>{count} models</source>
        <translation>{count} 个型号</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="259"/>
        <source>{shown} of {count} models shown</source>
        <translation>显示 {shown} / {count} 个型号</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="261"/>
        <source> · read-only</source>
        <translation> · 只读</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="263"/>
        <source>{count} · {makers} makers{read_only}</source>
        <translation>{count} · {makers} 个厂商{read_only}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="266"/>
        <source>The catalogue is empty.</source>
        <translation>型号目录为空。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="328"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="337"/>
        <source>Delete miner model</source>
        <translation>删除矿机型号</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="339"/>
        <source>Delete {maker} {model} from the catalogue?
Miners of this model must be moved to another model first.</source>
        <translation>从型号目录中删除 {maker} {model}？
必须先将该型号的矿机改为其他型号。</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="351"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="353"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/account_dialogs.py" line="24"/>
        <source>Change password — %1</source>
        <translation>修改密码 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="28"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/account_dialogs.py" line="31"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="32"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="35"/>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialogs.py" line="43"/>
        <source>does not match the new password</source>
        <translation>与新密码不一致</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="61"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alert_thresholds_page.py" line="62"/>
        <source>Limits set here</source>
        <translation>此处设定的阈值</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="62"/>
        <location filename="../../ui/calculator/ranking_table.py" line="58"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="63"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="64"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="65"/>
        <location filename="../../ui/crm/billing_page.py" line="70"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="66"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="67"/>
        <source>Entity id</source>
        <translation>实体 ID</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="68"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_page.py" line="69"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="81"/>
        <location filename="../../ui/admin/sites_customers_page.py" line="106"/>
        <location filename="../../ui/crm/customer_sections.py" line="27"/>
        <location filename="../../ui/crm/customers_page.py" line="85"/>
        <location filename="../../ui/curtailment/plans_model.py" line="128"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="82"/>
        <location filename="../../ui/crm/customer_sections.py" line="43"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="84"/>
        <source>Capacity (MW)</source>
        <translation>容量 (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="90"/>
        <source>Electricity ($/kWh)</source>
        <translation>电价 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="95"/>
        <source>Timezone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="97"/>
        <source>Curtailment approval</source>
        <translation>限电审批</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="107"/>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="69"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="70"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="71"/>
        <location filename="../../ui/crm/customer_sections.py" line="28"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="72"/>
        <source>Sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="73"/>
        <location filename="../../ui/crm/billing_page.py" line="41"/>
        <location filename="../../ui/crm/billing_page.py" line="68"/>
        <location filename="../../ui/crm/deals_page.py" line="28"/>
        <location filename="../../ui/crm/invoices_page.py" line="64"/>
        <location filename="../../ui/crm/sla_page.py" line="132"/>
        <location filename="../../ui/crm/tickets_page.py" line="48"/>
        <location filename="../../ui/curtailment/customer_terms.py" line="33"/>
        <location filename="../../ui/curtailment/preview_model.py" line="90"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="74"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="76"/>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="80"/>
        <source>Failed logins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="64"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="65"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/batch_view.py" line="66"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="65"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="69"/>
        <source>Calculation</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="71"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="77"/>
        <source>$/kWh</source>
        <translation>$/kWh</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="83"/>
        <source>BTC price</source>
        <translation>BTC 价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="89"/>
        <location filename="../../ui/calculator/ranking_table.py" line="95"/>
        <source>Profit/day</source>
        <translation>日利润</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="95"/>
        <location filename="../../ui/calculator/ranking_table.py" line="118"/>
        <source>Payback</source>
        <translation>回本期</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="101"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="60"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="56"/>
        <location filename="../../ui/crm/customer_sections.py" line="35"/>
        <location filename="../../ui/curtailment/preview_model.py" line="85"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="65"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="58"/>
        <location filename="../../ui/fleet/discovery_results.py" line="36"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="39"/>
        <source>TH/s</source>
        <translation>TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="71"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="64"/>
        <source>Power W</source>
        <translation>功率 W</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="77"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="70"/>
        <source>J/TH</source>
        <translation>J/TH</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="83"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="89"/>
        <source>Power cost</source>
        <translation>电费</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="101"/>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="107"/>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="90"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="113"/>
        <source>$/TH</source>
        <translation>$/TH</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="55"/>
        <source>Manufacturer</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="76"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="81"/>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="82"/>
        <location filename="../../ui/fleet/discovery_results.py" line="35"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="84"/>
        <source>Power modes</source>
        <translation>功耗模式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="96"/>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/catalogue_tab.py" line="100"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="44"/>
        <source>Logged</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="45"/>
        <location filename="../../ui/crm/incidents_page.py" line="82"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="46"/>
        <location filename="../../ui/crm/deals_page.py" line="27"/>
        <location filename="../../ui/crm/incidents_page.py" line="83"/>
        <location filename="../../ui/crm/leads_page.py" line="34"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="47"/>
        <location filename="../../ui/crm/activities_page.py" line="69"/>
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="48"/>
        <location filename="../../ui/crm/dashboard_page.py" line="44"/>
        <location filename="../../ui/crm/deals_page.py" line="31"/>
        <location filename="../../ui/crm/leads_page.py" line="39"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="49"/>
        <location filename="../../ui/crm/activities_page.py" line="66"/>
        <location filename="../../ui/crm/invoices_page.py" line="73"/>
        <location filename="../../ui/crm/leads_page.py" line="41"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="50"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="51"/>
        <location filename="../../ui/crm/activities_page.py" line="67"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="68"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="39"/>
        <location filename="../../ui/crm/invoices_page.py" line="65"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="40"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="42"/>
        <location filename="../../ui/crm/incidents_page.py" line="84"/>
        <location filename="../../ui/curtailment/plans_model.py" line="127"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="86"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="43"/>
        <source>Basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="45"/>
        <location filename="../../ui/crm/billing_page.py" line="71"/>
        <location filename="../../ui/crm/incidents_page.py" line="91"/>
        <location filename="../../ui/curtailment/feed_limits.py" line="33"/>
        <location filename="../../ui/curtailment/plans_model.py" line="143"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="47"/>
        <location filename="../../ui/curtailment/plans_model.py" line="135"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="48"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="67"/>
        <source>Proposed</source>
        <translation>提议时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="69"/>
        <source>Overdue invoice</source>
        <translation>逾期发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="73"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="29"/>
        <location filename="../../ui/crm/customers_page.py" line="87"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="30"/>
        <location filename="../../ui/crm/customers_page.py" line="88"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="31"/>
        <source>Gets invoices</source>
        <translation>接收发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="34"/>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="36"/>
        <source>Purchased</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="38"/>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="44"/>
        <source>Fleet miner</source>
        <translation>机群矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="86"/>
        <location filename="../../ui/crm/leads_page.py" line="35"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="89"/>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="90"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="91"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="43"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="45"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="46"/>
        <source>Deal value</source>
        <translation>商机金额</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="47"/>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="29"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="30"/>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="32"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="33"/>
        <source>Commission (%)</source>
        <translation>佣金 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="34"/>
        <source>Signed</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="35"/>
        <source>Lost because</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="36"/>
        <location filename="../../ui/crm/leads_page.py" line="43"/>
        <location filename="../../ui/crm/tickets_page.py" line="54"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="48"/>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="49"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="50"/>
        <location filename="../../ui/crm/tickets_page.py" line="47"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="51"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="52"/>
        <location filename="../../ui/crm/invoices_page.py" line="67"/>
        <location filename="../../ui/crm/leads_page.py" line="37"/>
        <location filename="../../ui/crm/tickets_page.py" line="49"/>
        <location filename="../../ui/fleet/discovery_results.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="53"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="54"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="76"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="55"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="56"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="81"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="86"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="90"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="62"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="63"/>
        <source>Period</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="71"/>
        <source>Total (USD)</source>
        <translation>合计 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="72"/>
        <source>Owed (USD)</source>
        <translation>欠款 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="36"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="38"/>
        <source>Value estimate</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="40"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="42"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="120"/>
        <location filename="../../ui/crm/sla_page.py" line="133"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="121"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="122"/>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="123"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="131"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="134"/>
        <source>Response / resolution</source>
        <translation>响应 / 解决</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="46"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="50"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="51"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="52"/>
        <source>Resolution due</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="53"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="34"/>
        <source>Cap %</source>
        <translation>上限 %</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="35"/>
        <source>SLA weight</source>
        <translation>SLA 权重</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="32"/>
        <location filename="../../ui/curtailment/preview_model.py" line="95"/>
        <source>Feed</source>
        <translation>供电回路</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="34"/>
        <source>Now kW</source>
        <translation>当前 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="35"/>
        <source>Max shed kW</source>
        <translation>最大削减 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="106"/>
        <location filename="../../ui/curtailment/preview_model.py" line="75"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="108"/>
        <location filename="../../ui/curtailment/preview_model.py" line="77"/>
        <location filename="../../ui/fleet/alerts_panel.py" line="83"/>
        <source>Miner</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="110"/>
        <location filename="../../ui/curtailment/preview_model.py" line="82"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="96"/>
        <location filename="../../ui/fleet/discovery_results.py" line="32"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="112"/>
        <location filename="../../ui/curtailment/preview_model.py" line="100"/>
        <source>Level</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="118"/>
        <location filename="../../ui/curtailment/plans_model.py" line="140"/>
        <location filename="../../ui/curtailment/preview_model.py" line="117"/>
        <source>Shed kW</source>
        <translation>削减 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="124"/>
        <location filename="../../ui/curtailment/plans_model.py" line="141"/>
        <location filename="../../ui/curtailment/preview_model.py" line="118"/>
        <source>Lost TH/s</source>
        <translation>损失 TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="130"/>
        <location filename="../../ui/curtailment/plans_model.py" line="130"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="37"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="134"/>
        <source>Tries</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="136"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="140"/>
        <location filename="../../ui/fleet/action_dialogs.py" line="98"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="84"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="125"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="139"/>
        <source>Target kW</source>
        <translation>目标 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="142"/>
        <source>vs best plan</source>
        <translation>与最优计划比</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="144"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="77"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="146"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="151"/>
        <source>Executed</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="156"/>
        <source>Recover at</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="106"/>
        <source>Full kW</source>
        <translation>满载 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="112"/>
        <source>Level kW</source>
        <translation>档位 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="119"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/action_dialogs.py" line="97"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="81"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="78"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="58"/>
        <source>Raised</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="80"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="65"/>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="87"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="67"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="88"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/alerts_panel.py" line="89"/>
        <location filename="../../ui/fleet/miner_records_view.py" line="71"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="34"/>
        <source>Model reported</source>
        <translation>上报型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="37"/>
        <source>Catalogue model</source>
        <translation>目录型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="87"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="88"/>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="36"/>
        <source>Board</source>
        <translation>算力板</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="45"/>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="51"/>
        <source>Chip °C</source>
        <translation>芯片 °C</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="60"/>
        <source>Cleared</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="68"/>
        <source>At raise</source>
        <translation>产生时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="69"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="78"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="79"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
</context>
<context>
    <name>CommandOutcomes</name>
    <message>
        <location filename="../../services/code_labels.py" line="49"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="50"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="51"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="52"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../services/connection_check.py" line="115"/>
        <source>{field}: required</source>
        <translation>{field}：必填</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="118"/>
        <source>port: 1 to 65535</source>
        <translation>端口：1 到 65535</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="122"/>
        <source>CA file: {path} is not a file</source>
        <translation>CA 文件：{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="146"/>
        <source>The name {host} is not known (DNS): check the host name.</source>
        <translation>无法解析名称 {host} (DNS)：请检查主机名。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="179"/>
        <source>{host}:{port} refused the connection: is PostgreSQL running there, on that port, and listening beyond localhost?</source>
        <translation>{host}:{port} 拒绝了连接：PostgreSQL 是否在该主机该端口上运行，并且监听的不仅是 localhost？</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="188"/>
        <source>{host}:{port} did not answer in time: a firewall, or the wrong address?</source>
        <translation>{host}:{port} 未及时响应：是否有防火墙，或地址有误？</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="195"/>
        <source>{host}:{port} does not offer TLS, and a CA file asks for verified TLS: enable ssl on the server or leave the CA file empty.</source>
        <translation>{host}:{port} 不提供 TLS，而指定 CA 文件要求经过验证的 TLS：请在服务器上启用 ssl，或将 CA 文件留空。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="204"/>
        <source>The TLS certificate of {host}:{port} was not accepted ({detail}): check the CA file and that the host name is the one in the certificate.</source>
        <translation>{host}:{port} 的 TLS 证书未被接受（{detail}）：请检查 CA 文件，并确认主机名与证书中的一致。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="213"/>
        <source>{host}:{port} refused the login of user {user}: wrong user name or password.</source>
        <translation>{host}:{port} 拒绝了用户 {user} 的登录：用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="220"/>
        <source>{host}:{port} does not let user {user} connect from this computer to {database} (pg_hba.conf).</source>
        <translation>{host}:{port} 不允许用户 {user} 从这台计算机连接到 {database} (pg_hba.conf)。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="228"/>
        <source>{host}:{port} has no user {user}: check the user name.</source>
        <translation>{host}:{port} 上没有用户 {user}：请检查用户名。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="233"/>
        <source>{host}:{port} has no database {database}: ask its administrator to create it.</source>
        <translation>{host}:{port} 上没有数据库 {database}：请联系其管理员创建。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="243"/>
        <source>{host}:{port} as {user}: {detail}</source>
        <translation>{host}:{port}（用户 {user}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="265"/>
        <source>Database {database} on {host}:{port} holds {count} tables of another program and no HashInsight schema: choose an empty database.</source>
        <translation>{host}:{port} 上的数据库 {database} 含有其他程序的 {count} 张表，且没有 HashInsight 架构：请选择一个空数据库。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="275"/>
        <source>Connected to {database} on {host}:{port} as {user}: it is empty; the schema is created at the end.</source>
        <translation>已以 {user} 身份连接到 {host}:{port} 上的 {database}：数据库为空；架构将在最后创建。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="285"/>
        <source>Database {database} on {host}:{port} has schema {revision}, made by a newer HashInsight (this one knows up to {head}): update this console first.</source>
        <translation>{host}:{port} 上的数据库 {database} 的架构版本为 {revision}，由更新版本的 HashInsight 创建（本版本最高支持 {head}）：请先更新本控制台。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="302"/>
        <source>Connected to {database} on {host}:{port} as {user}: schema {revision} is older and is migrated to {head} at the end (other consoles on it must be updated too).</source>
        <translation>已以 {user} 身份连接到 {host}:{port} 上的 {database}：架构 {revision} 较旧，将在最后迁移到 {head}（使用该数据库的其他控制台也必须更新）。</translation>
    </message>
    <message>
        <location filename="../../services/connection_check.py" line="314"/>
        <source>Connected to {database} on {host}:{port} as {user}: schema {revision} (newest).</source>
        <translation>已以 {user} 身份连接到 {host}:{port} 上的 {database}：架构 {revision}（最新）。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="100"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="100"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="103"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="103"/>
        <source>e.g. Ana Silva</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="105"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="105"/>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="107"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="112"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="113"/>
        <source>Receives the invoices</source>
        <translation>接收发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_sections.py" line="115"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="60"/>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="62"/>
        <source>Edit contract %1</source>
        <translation>编辑合同 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="66"/>
        <source>Saving makes version %1 of this contract. Invoices already drafted or issued keep version %2; drafts made from now on use the new one. Reminder steps stay as they are.</source>
        <translation>保存将生成此合同的第 %1 版。已起草或已开具的发票保留第 %2 版；此后起草的发票使用新版本。催款步骤保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="75"/>
        <source>Reference</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="75"/>
        <source>e.g. C-ACME-1</source>
        <translation>例如：C-ACME-1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="80"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="82"/>
        <source>sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="88"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="89"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="91"/>
        <source>metered (energy from measured power)</source>
        <translation>按计量（由实测功率计算电量）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="92"/>
        <source>spec (nameplate W × operational time)</source>
        <translation>按规格（铭牌功率 W × 运行时间）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="93"/>
        <source>fixed (monthly amount)</source>
        <translation>固定（每月金额）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="95"/>
        <source>Billing basis</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="96"/>
        <source>Rate (USD/kWh)</source>
        <translation>电价 (USD/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="97"/>
        <source>Overhead (%)</source>
        <translation>附加费 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="98"/>
        <source>Hosting fee (USD per miner per month)</source>
        <translation>托管费（每台矿机每月 USD）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="99"/>
        <source>Fixed amount (USD per month, basis fixed)</source>
        <translation>固定金额（每月 USD，固定计费方式）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="100"/>
        <source>SLA uptime promised (%)</source>
        <translation>SLA 承诺在线率 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="103"/>
        <source>SLA credit tiers</source>
        <translation>SLA 抵扣档位</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="105"/>
        <source>BELOW:CREDIT, e.g. 99:5, 90:10</source>
        <translation>低于:抵扣，例如 99:5, 90:10</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="107"/>
        <source>Below 99 % uptime 5 % of the subtotal is credited, below 90 % 10 %: the deepest tier counts.</source>
        <translation>在线率低于 99 % 时抵扣小计的 5 %，低于 90 % 时抵扣 10 %：按最低档位计算。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="110"/>
        <source>Curtailed time counts as uptime</source>
        <translation>限电时间计入在线时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="112"/>
        <source>Curtailment</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="114"/>
        <source>zero (a gap bills nothing)</source>
        <translation>零（缺口不计费）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="115"/>
        <source>last (the last measured power holds)</source>
        <translation>沿用（保持最后一次实测功率）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="116"/>
        <source>nameplate (the model&apos;s nameplate W)</source>
        <translation>铭牌（型号的铭牌功率 W）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="118"/>
        <source>Gap policy</source>
        <translation>缺口处理方式</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="120"/>
        <source>Deposit (USD)</source>
        <translation>押金 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="122"/>
        <source>in arrears</source>
        <translation>后付</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="122"/>
        <source>prepaid</source>
        <translation>预付</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="123"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="126"/>
        <source>Payment terms (days)</source>
        <translation>付款期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="131"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="131"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="134"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="134"/>
        <source>YYYY-MM-DD, empty: open</source>
        <translation>YYYY-MM-DD，留空：无期限</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="138"/>
        <source>Miner</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="138"/>
        <location filename="../../ui/crm/billing_contract_form.py" line="221"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="138"/>
        <location filename="../../ui/crm/billing_contract_form.py" line="221"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="143"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="145"/>
        <source>Tick the customer&apos;s miners on the contract; From/To (YYYY-MM-DD) when they join or leave.</source>
        <translation>勾选此合同包含的客户矿机；起/止 (YYYY-MM-DD) 为其加入或退出的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="168"/>
        <source>miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="218"/>
        <source>Miners, row {row} ({miner})</source>
        <translation>矿机，第 {row} 行（{miner}）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="222"/>
        <source>{row}, {column}</source>
        <translation>{row}，{column}</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="233"/>
        <source>SLA credit tier {n}</source>
        <translation>SLA 抵扣档位 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="235"/>
        <source>{tier}, BELOW</source>
        <translation>{tier}，BELOW</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="236"/>
        <source>{tier}, CREDIT</source>
        <translation>{tier}，CREDIT</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="282"/>
        <source>choose the customer</source>
        <translation>请选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_contract_form.py" line="284"/>
        <source>choose the site</source>
        <translation>请选择矿场</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="86"/>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="87"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
</context>
<context>
    <name>ControlRoomPage</name>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="52"/>
        <source>Telemetry averages (5-minute, hourly)</source>
        <translation>遥测平均值（5 分钟、每小时）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="53"/>
        <source>Old telemetry removed</source>
        <translation>清除旧遥测数据</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="54"/>
        <source>Old notification log removed</source>
        <translation>清除旧通知日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="55"/>
        <source>Old job runs removed</source>
        <translation>清除旧作业运行记录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="56"/>
        <source>Old change events removed</source>
        <translation>清除旧变更事件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="57"/>
        <source>Curtailment plans due to start or recover</source>
        <translation>到期开始或恢复的限电计划</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="58"/>
        <source>Market data refresh</source>
        <translation>市场数据刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="59"/>
        <source>Market history (exchange prices, network, Fear &amp; Greed)</source>
        <translation>市场历史（交易所价格、网络、恐惧与贪婪指数）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="60"/>
        <source>Telemetry anomaly scores and alerts</source>
        <translation>遥测异常评分与告警</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="137"/>
        <location filename="../../ui/admin/control_room_page.py" line="61"/>
        <source>Miner polling</source>
        <translation>矿机轮询</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="82"/>
        <source>{host} pid {pid}</source>
        <translation>{host} pid {pid}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="91"/>
        <source>{age} ago</source>
        <translation>{age} 前</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="91"/>
        <source>in {age}</source>
        <translation>{age} 后</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="100"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="131"/>
        <source>console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="132"/>
        <source>agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="133"/>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="138"/>
        <source>Curtailment execution</source>
        <translation>限电执行</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="142"/>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="143"/>
        <source>gone</source>
        <translation>失联</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="144"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="145"/>
        <source>held</source>
        <translation>持有</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="146"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="147"/>
        <source>released</source>
        <translation>已释放</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="148"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="149"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="150"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="158"/>
        <source>{role} · {subject}</source>
        <translation>{role} · {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="163"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="164"/>
        <source>Read the control room again (F5); it also refreshes by itself</source>
        <translation>重新读取控制室 (F5)；它也会自动刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="167"/>
        <source>Show dead letters</source>
        <translation>查看死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="168"/>
        <source>Open Admin → Dead letters to retry or discard them</source>
        <translation>打开 管理 → 死信 以重试或丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="180"/>
        <source>No console or agent has connected in the last day.</source>
        <translation>过去一天内没有控制台或代理连接过。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="184"/>
        <source>No role has been taken yet.</source>
        <translation>尚无角色被领取。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="186"/>
        <source>No periodic job has run yet.</source>
        <translation>尚无定期作业运行过。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="193"/>
        <source>Consoles and agents</source>
        <translation>控制台与代理</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="194"/>
        <source>Roles: who leads what</source>
        <translation>角色：谁主导什么</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="195"/>
        <source>Periodic jobs: ticks</source>
        <translation>定期作业：运行轮次</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="229"/>
        <source>Cannot read the control room: {reason}</source>
        <translation>无法读取控制室：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="264"/>
        <source>Dead letters: {count}</source>
        <translation>死信：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="265"/>
        <source> — events a consumer gave up on; retry or discard them</source>
        <translation> — 消费者已放弃处理的事件；请重试或丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="270"/>
        <source>Gone: no heartbeat for {gone:g} s  ·  database time {time}, refreshed every {seconds} s</source>
        <translation>失联：{gone:g} 秒无心跳  ·  数据库时间 {time}，每 {seconds} 秒刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="326"/>
        <source>1 console</source>
        <translation>1 个控制台</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="326"/>
        <source>{n} consoles</source>
        <translation>{n} 个控制台</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="327"/>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="328"/>
        <source>1 agent online</source>
        <translation>1 个代理在线</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="328"/>
        <source>{n} agents online</source>
        <translation>{n} 个代理在线</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="329"/>
        <source>{n} gone</source>
        <translation>{n} 个失联</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="330"/>
        <source>1 role held</source>
        <translation>持有 1 个角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="330"/>
        <source>{n} roles held</source>
        <translation>持有 {n} 个角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="331"/>
        <source>1 periodic job</source>
        <translation>1 个定期作业</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="331"/>
        <source>{n} periodic jobs</source>
        <translation>{n} 个定期作业</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="332"/>
        <source>, {n} failing</source>
        <translation>，{n} 个失败</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="349"/>
        <source>a console no longer listed</source>
        <translation>已不在列表中的控制台</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="351"/>
        <source>{kind} {process}</source>
        <translation>{kind} {process}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="354"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="355"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="356"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="357"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="358"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="359"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="360"/>
        <source>Last heartbeat</source>
        <translation>最近心跳</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="361"/>
        <location filename="../../ui/admin/control_room_page.py" line="402"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="363"/>
        <source>Listener lag</source>
        <translation>监听延迟</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="368"/>
        <source>Leads</source>
        <translation>主导</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="369"/>
        <source>Started by</source>
        <translation>启动者</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="378"/>
        <source>This process does not follow the outbox (an agent has no views to refresh)</source>
        <translation>此进程不跟踪发件箱（代理没有需要刷新的视图）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="379"/>
        <source>From a commit anywhere to this console seeing it, for the last outbox event it read; once its listener has not read for longer than its poll (stuck, or the database gone), the time since its last read</source>
        <translation>对其读取的最后一个发件箱事件，从任意处提交到本控制台看到所用的时间；若其监听器超过轮询间隔未读取（卡住或数据库断开），则为距上次读取的时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="387"/>
        <source>Its heartbeat is at most {s:g} s old</source>
        <translation>其心跳不超过 {s:g} 秒前</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="388"/>
        <source>No heartbeat for more than {s:g} s: it crashed, froze or lost the network</source>
        <translation>超过 {s:g} 秒无心跳：已崩溃、卡死或断网</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="389"/>
        <source>It exited cleanly</source>
        <translation>已正常退出</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="394"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="395"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="396"/>
        <source>Holder</source>
        <translation>持有者</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="397"/>
        <source>Epoch</source>
        <translation>任期</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="398"/>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="399"/>
        <source>Renewed</source>
        <translation>续期时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="400"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="401"/>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="421"/>
        <source>when asked</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="423"/>
        <source> — overdue</source>
        <translation> — 已超时</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="426"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="427"/>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="428"/>
        <source>Last run</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="430"/>
        <source>Took</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="435"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="436"/>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="437"/>
        <source>Next tick</source>
        <translation>下一轮</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="439"/>
        <source>Failed (last day)</source>
        <translation>失败（过去一天）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="440"/>
        <source>{failed} of {runs}</source>
        <translation>{runs} 次中 {failed} 次</translation>
    </message>
    <message>
        <location filename="../../ui/admin/control_room_page.py" line="447"/>
        <source>The tick of {start}, claimed by one process of the control room</source>
        <translation>{start} 这一轮，由控制室中的一个进程领取</translation>
    </message>
</context>
<context>
    <name>CrmDialogs</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="251"/>
        <source>no customer account named {name}</source>
        <translation>没有名为 {name} 的客户账户</translation>
    </message>
</context>
<context>
    <name>CrmFilters</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="58"/>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="59"/>
        <source>Every activity</source>
        <translation>所有活动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="97"/>
        <source>Every tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="43"/>
        <source>Every stage</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="62"/>
        <location filename="../../ui/crm/leads_page.py" line="50"/>
        <location filename="../../ui/crm/tickets_page.py" line="57"/>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="94"/>
        <source>Ongoing or ended</source>
        <translation>进行中或已结束</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="22"/>
        <source>Every owner</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="58"/>
        <source>Every priority</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="59"/>
        <source>SLA met or not</source>
        <translation>是否满足 SLA</translation>
    </message>
</context>
<context>
    <name>CrmForm</name>
    <message>
        <location filename="../../ui/crm/form_fields.py" line="30"/>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} 不是日期；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/crm/form_fields.py" line="46"/>
        <source>{text} is not a date; write it as YYYY-MM-DD HH:MM</source>
        <translation>{text} 不是日期；请写成 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../ui/crm/form_fields.py" line="103"/>
        <source>no miner of this customer named {names}</source>
        <translation>该客户没有名为 {names} 的矿机</translation>
    </message>
</context>
<context>
    <name>CrmFormDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="42"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="55"/>
        <source>Could not read the %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="61"/>
        <source>sales people</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="63"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>CrmLabels</name>
    <message>
        <location filename="../../services/code_labels.py" line="73"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="74"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="75"/>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="76"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="77"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="78"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="79"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="80"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="81"/>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="82"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="84"/>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="85"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="86"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="88"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="89"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="90"/>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="91"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="92"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="94"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="95"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="96"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="97"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="99"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="100"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="101"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="102"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="103"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="105"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="106"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="107"/>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="108"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="110"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="111"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="112"/>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="113"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="115"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="116"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="117"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="118"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="120"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="121"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="122"/>
        <source>Open tasks</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="123"/>
        <source>SLA breached</source>
        <translation>违反 SLA</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="124"/>
        <source>Ongoing</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>CrmTab</name>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="35"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="36"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="37"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="38"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="39"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="40"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="41"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="42"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="43"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="44"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="45"/>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="68"/>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="69"/>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_tab.py" line="70"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
</context>
<context>
    <name>CrmTable</name>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="30"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="30"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_model.py" line="62"/>
        <source>This column is not sortable</source>
        <translation>此列不可排序</translation>
    </message>
</context>
<context>
    <name>Curtailment</name>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="96"/>
        <source>scheduled {when}</source>
        <translation>定时 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="98"/>
        <source>when price ≥ {price} for {minutes} min</source>
        <translation>当价格 ≥ {price} 持续 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="107"/>
        <source>when price &lt; {price} for {minutes} min</source>
        <translation>当价格 &lt; {price} 持续 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="119"/>
        <source>best possible</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="120"/>
        <source>at most {pct} % above best</source>
        <translation>最多比最优高 {pct} %</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="175"/>
        <source>{name} · {strategy} strategy · {trigger} · id {id}</source>
        <translation>{name} · {strategy} 策略 · {trigger} · ID {id}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="179"/>
        <source>Starts {trigger}; recovers {release}</source>
        <translation>开始条件：{trigger}；恢复条件：{release}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plans_model.py" line="184"/>
        <source>Starts by itself at {when} ({zone}) once approved</source>
        <translation>批准后将于 {when}（{zone}）自动开始</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="36"/>
        <source>protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="152"/>
        <source>1 miner</source>
        <translation>1 台矿机</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="153"/>
        <source>{n:,} miners</source>
        <translation>{n:,} 台矿机</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="164"/>
        <source>anti-flap: {miners} changed too recently withholds {kw}</source>
        <translation>防抖动：{miners}刚变更过，少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="166"/>
        <source>anti-flap: {miners} changed too recently withhold {kw}</source>
        <translation>防抖动：{miners}刚变更过，少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="174"/>
        <source>{text}; all free at {time}</source>
        <translation>{text}；{time} 全部解除</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="176"/>
        <source>{text}; all free at {time} ({zone})</source>
        <translation>{text}；{time}（{zone}）全部解除</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="183"/>
        <source>{label}: {miners} kept at full power withholds {kw}</source>
        <translation>{label}：{miners}保持满功率，少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="185"/>
        <source>{label}: {miners} kept at full power withhold {kw}</source>
        <translation>{label}：{miners}保持满功率，少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="193"/>
        <source>customer cap for {label} ({miners}) withholds {kw}</source>
        <translation>{label} 的客户上限（{miners}）：少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="199"/>
        <source>customer cap of {cap:g} % for {label} ({miners}) withholds {kw}</source>
        <translation>{label} 的客户上限 {cap:g} %（{miners}）：少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="208"/>
        <source>feed limit on {label} ({miners}) withholds {kw}</source>
        <translation>{label} 的回路限值（{miners}）：少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="214"/>
        <source>feed limit of {limit} on {label} ({miners}) withholds {kw}</source>
        <translation>{label} 的回路限值 {limit}（{miners}）：少削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/shortfall.py" line="221"/>
        <source>left out, {label}: {miners} whose deepest level would shed {kw}</source>
        <translation>未计入（{label}）：{miners}，其最低档位可削减 {kw}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="53"/>
        <source>measured from {samples:,} samples</source>
        <translation>由 {samples:,} 个样本实测</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="55"/>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="57"/>
        <source>catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="112"/>
        <source>not identified yet: left out</source>
        <translation>尚未识别：未计入</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="113"/>
        <source>already in an active plan</source>
        <translation>已在进行中的计划内</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="114"/>
        <source>no telemetry and no catalogue model</source>
        <translation>无遥测且无目录型号</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="116"/>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="117"/>
        <source>sleeping</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="118"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="119"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="120"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_fleet.py" line="125"/>
        <source>not hashing ({status})</source>
        <translation>未在挖矿（{status}）</translation>
    </message>
</context>
<context>
    <name>CurtailmentBanner</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="339"/>
        <source>Curtailment active on {site}: {count} miners held by plan {plans}</source>
        <translation>{site} 正在限电：{count} 台矿机由计划 {plans} 控制</translation>
    </message>
</context>
<context>
    <name>CurtailmentHistory</name>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="29"/>
        <source>Filter plans (name, site, state, user)</source>
        <translation>筛选计划（名称、矿场、状态、用户）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="33"/>
        <source>Double-click a plan to follow it in the Execution view</source>
        <translation>双击计划即可在“执行”视图中跟踪</translation>
    </message>
</context>
<context>
    <name>CurtailmentItems</name>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="123"/>
        <source>no login: {error}</source>
        <translation>无登录凭据：{error}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="124"/>
        <source>not sent: {reason}</source>
        <translation>未发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="258"/>
        <source>curtailment recovery re-send: {reason}</source>
        <translation>限电恢复重发：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="260"/>
        <source>curtailment recovery</source>
        <translation>限电恢复</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="263"/>
        <source>curtailment execution re-send: {reason}</source>
        <translation>限电执行重发：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="265"/>
        <source>curtailment execution</source>
        <translation>限电执行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="306"/>
        <source>re-send ({reason}): {detail}</source>
        <translation>重发（{reason}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="35"/>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="36"/>
        <source>not polled</source>
        <translation>未轮询</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="272"/>
        <source>accepted: {reply}</source>
        <translation>已接受：{reply}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="279"/>
        <source>internal error: {kind}: {error}</source>
        <translation>内部错误：{kind}：{error}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="321"/>
        <source>interrupted run; reports {reported}</source>
        <translation>运行中断；上报 {reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="331"/>
        <source>interrupted before its result was logged; reports {reported}</source>
        <translation>结果记录前中断；上报 {reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="339"/>
        <source>interrupted run; the poll shows it did not take: {reported}</source>
        <translation>运行中断；轮询显示命令未生效：{reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="412"/>
        <source>not taken after {seconds:,.0f} s: {reported}</source>
        <translation>{seconds:,.0f} 秒后仍未生效：{reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="433"/>
        <source>{detail}; reports {reported}</source>
        <translation>{detail}；上报 {reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="442"/>
        <source>took the command but draws {measured:,.0f} W against its level of {level:,.0f} W (+{over:.1f} %; tolerance {tolerance:g} %)</source>
        <translation>已接受命令，但耗电 {measured:,.0f} W，档位为 {level:,.0f} W（+{over:.1f} %；容差 {tolerance:g} %）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="454"/>
        <source>no reading to confirm it: {reported}</source>
        <translation>没有可确认的读数：{reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/reconcile.py" line="459"/>
        <source>not at its level after {count} command(s): reports {reported}</source>
        <translation>{count} 次命令后仍未达到档位：上报 {reported}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="113"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="114"/>
        <source>offline ({error})</source>
        <translation>离线（{error}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="116"/>
        <source>not hashing</source>
        <translation>未在挖矿</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="117"/>
        <source>error ({error})</source>
        <translation>错误（{error}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="119"/>
        <source>sleeping</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="122"/>
        <source>hashing at {power:,.0f} W (level {level:,.0f} W)</source>
        <translation>正在挖矿，{power:,.0f} W（档位 {level:,.0f} W）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/verdicts.py" line="127"/>
        <source>hashing at {hashrate:,.1f} TH/s (level {level:,.1f} TH/s)</source>
        <translation>正在挖矿，{hashrate:,.1f} TH/s（档位 {level:,.1f} TH/s）</translation>
    </message>
</context>
<context>
    <name>CurtailmentPanel</name>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="19"/>
        <source>Revenue lost</source>
        <translation>损失的收入</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="20"/>
        <source>Power cost saved</source>
        <translation>节省的电费</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="21"/>
        <source>Net (saved − lost)</source>
        <translation>净额（节省 − 损失）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="22"/>
        <source>Energy not used</source>
        <translation>未使用的电量</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="35"/>
        <source>Hours per month the machines are switched off (0 to 730)</source>
        <translation>每月关机小时数（0 到 730）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="52"/>
        <source>Hours curtailed per month</source>
        <translation>每月限电小时数</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="54"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="102"/>
        <source>{mwh} MWh</source>
        <translation>{mwh} MWh</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="110"/>
        <source>&lt;b&gt;Switching off pays above ${price}/kWh&lt;/b&gt;</source>
        <translation>&lt;b&gt;电价高于 ${price}/kWh 时关机更划算&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="113"/>
        <source>At ${price}/kWh the machines lose money while running: every hour off saves.</source>
        <translation>电价为 ${price}/kWh 时机器运行即亏损：每关机一小时都能省钱。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/curtailment_panel.py" line="118"/>
        <source>At ${price}/kWh running pays: curtail only when the power price (or a demand-response payment) beats ${threshold}/kWh.</source>
        <translation>电价为 ${price}/kWh 时运行有利可图：仅当电价（或需求响应补偿）超过 ${threshold}/kWh 时才限电。</translation>
    </message>
</context>
<context>
    <name>CurtailmentRun</name>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="23"/>
        <source>Curtailment</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="23"/>
        <source>Curtailment recovery</source>
        <translation>限电恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="24"/>
        <source>(automatic) </source>
        <translation>（自动） </translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="25"/>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="33"/>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="33"/>
        <source>execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="34"/>
        <source>The automatic {run}</source>
        <translation>自动{run}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="34"/>
        <source>The {run}</source>
        <translation>{run}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/run_notice.py" line="35"/>
        <source> did not go ahead: the plan was changed meanwhile (by another console, the command line or a user). Nothing was sent to the miners; the plan is read again and its state shows in the Curtailment tab.</source>
        <translation> 未进行：计划在此期间已被修改（由其他控制台、命令行或用户）。未向矿机发送任何命令；已重新读取计划，其状态显示在“限电”标签页中。</translation>
    </message>
    <message>
        <location filename="../../workers/curtailment_runner.py" line="241"/>
        <source>Plan {name!r} missed its scheduled start by {minutes:,.0f} minutes and was not started automatically; start it by hand or schedule it again.</source>
        <translation>计划 {name!r} 错过预定开始时间 {minutes:,.0f} 分钟，未自动开始；请手动开始或重新安排。</translation>
    </message>
</context>
<context>
    <name>CurtailmentTab</name>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="127"/>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="128"/>
        <source>E&amp;xecution</source>
        <translation>执行(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="129"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="258"/>
        <source>Cannot read curtailment data: {error}</source>
        <translation>无法读取限电数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="291"/>
        <source>You operate no site: ask an administrator for a site in your scope.</source>
        <translation>您没有可操作的矿场：请联系管理员为您分配矿场。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="317"/>
        <source>updated {when}</source>
        <translation>更新于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="392"/>
        <source>Four-eyes rule at {site}: save the plan, then someone else approves it</source>
        <translation>{site} 实行双人审批：保存计划后，由他人批准</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="467"/>
        <source>{name} — the rest</source>
        <translation>{name} — 剩余部分</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="471"/>
        <source>Follow-up for “{name}”, which fell short by {short}</source>
        <translation>“{name}”的后续计划，该计划差 {short}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="478"/>
        <source> (the site is {kw} above that plan&apos;s target now)</source>
        <translation> （矿场当前比该计划目标高 {kw}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="480"/>
        <source> (the site is {kw} below that plan&apos;s target now)</source>
        <translation> （矿场当前比该计划目标低 {kw}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/curtailment_tab.py" line="483"/>
        <source>: check the preview, then save it.</source>
        <translation>：请检查预览后保存。</translation>
    </message>
</context>
<context>
    <name>CustomerBilling</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="180"/>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="181"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="182"/>
        <source>SLA reports</source>
        <translation>SLA 报告</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="72"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="88"/>
        <location filename="../../ui/crm/customer_detail.py" line="100"/>
        <location filename="../../ui/crm/customer_detail.py" line="105"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="89"/>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="90"/>
        <location filename="../../ui/crm/customer_detail.py" line="116"/>
        <source>Log activity…</source>
        <translation>记录活动…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="98"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="99"/>
        <location filename="../../ui/crm/customer_detail.py" line="104"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="101"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="103"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="106"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="111"/>
        <source>Import assets</source>
        <translation>导入资产</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="115"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="117"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="118"/>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="140"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="142"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="176"/>
        <source>Could not read the customer: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="182"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="186"/>
        <source>E-mail: %1 · Phone: %2 · Tax id: %3</source>
        <translation>电子邮件：%1 · 电话：%2 · 税号：%3</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="190"/>
        <source>Billing address: %1</source>
        <translation>账单地址：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="192"/>
        <source>Documents in: %1</source>
        <translation>单据语言：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="193"/>
        <source>%1 contacts · %2 miners hosted · %3 assets on record</source>
        <translation>%1 位联系人 · 托管 %2 台矿机 · 登记资产 %3 项</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="199"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="205"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="264"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="264"/>
        <source>Remove %1 from this customer?</source>
        <translation>从该客户中删除 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_detail.py" line="299"/>
        <source>Imported %1 assets from %2</source>
        <translation>已从 %2 导入 %1 项资产</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="215"/>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="217"/>
        <source>Edit customer {name}</source>
        <translation>编辑客户 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="225"/>
        <location filename="../../ui/crm/customers_page.py" line="113"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="227"/>
        <source>e.g. Northwind Mining LLC</source>
        <translation>例如：Northwind Mining LLC</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="232"/>
        <source>Contact e-mail</source>
        <translation>联系邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="234"/>
        <source>e.g. ops@northwind.example</source>
        <translation>例如：ops@northwind.example</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="110"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="110"/>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="113"/>
        <source>e.g. Northwind</source>
        <translation>例如：Northwind</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="115"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="115"/>
        <source>Registered company name</source>
        <translation>注册公司名称</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="118"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="118"/>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="120"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="121"/>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="121"/>
        <source>e.g. VAT</source>
        <translation>例如：增值税号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="124"/>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="126"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="126"/>
        <source>comma-separated, e.g. colocation, vip</source>
        <translation>以逗号分隔，例如 colocation, vip</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="130"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="137"/>
        <source>Documents in</source>
        <translation>单据语言</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="139"/>
        <source>The language of their invoices, statements and invoice e-mails</source>
        <translation>其发票、对账单和发票邮件使用的语言</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="67"/>
        <source>Hosting customer</source>
        <translation>托管客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="69"/>
        <source>(no customer: take them back)</source>
        <translation>（无客户：收回）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="77"/>
        <source>Customer of the %1:</source>
        <translation>%1的客户：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="78"/>
        <source>From (your time):</source>
        <translation>起始时间（您的时区）：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="81"/>
        <source>Kept as history for billing: each miner&apos;s current assignment ends at this time and the new one starts.</source>
        <translation>作为计费历史保留：每台矿机当前的归属在此时间结束，新的归属随即开始。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="218"/>
        <source>Type a customer&apos;s name</source>
        <translation>输入客户名称</translation>
    </message>
</context>
<context>
    <name>CustomerTerms</name>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="95"/>
        <source>{name}: the cap {cap} is not a number</source>
        <translation>{name}：上限 {cap} 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="102"/>
        <source>{name}: a cap is a percentage from 0 to 100</source>
        <translation>{name}：上限为 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="113"/>
        <source>{name}: the SLA weight {weight} is not a number</source>
        <translation>{name}：SLA 权重 {weight} 不是数字</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/customer_terms.py" line="120"/>
        <source>{name}: an SLA weight must be more than 0</source>
        <translation>{name}：SLA 权重必须大于 0</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="76"/>
        <source>Loading your miners…</source>
        <translation>正在加载您的矿机…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="88"/>
        <source>TH/s</source>
        <translation>TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="96"/>
        <source>Double-click a miner for its charts and records</source>
        <translation>双击矿机查看其图表和记录</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="101"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="102"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="104"/>
        <source>Billing</source>
        <translation>账务</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="128"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="172"/>
        <source>Could not read your miners: %1</source>
        <translation>无法读取您的矿机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="184"/>
        <source>&lt;b&gt;%1 miners&lt;/b&gt; · %2 hashing · %3 offline · %4 other · now %5 · %6</source>
        <translation>&lt;b&gt;%1 台矿机&lt;/b&gt; · %2 台挖矿中 · %3 台离线 · %4 台其他 · 当前 %5 · %6</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="192"/>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="217"/>
        <source>Total hashrate of your %1 miners, last 24 hours</source>
        <translation>您的 %1 台矿机总算力，最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_view.py" line="219"/>
        <source>No hashrate recorded in the last 24 hours.</source>
        <translation>最近 24 小时没有算力记录。</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="171"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="172"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="173"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="177"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="181"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="184"/>
        <source>Add customers from a CSV or Excel list (name, company, email, phone, tax_id, billing_address, tags, language)</source>
        <translation>从 CSV 或 Excel 列表添加客户（name, company, email, phone, tax_id, billing_address, tags, language）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customers_page.py" line="193"/>
        <source>Imported %1 customers from %2</source>
        <translation>已从 %2 导入 %1 个客户</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="60"/>
        <source>%1 reached</source>
        <translation>%1 到达</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="62"/>
        <source>%1 % went on</source>
        <translation>%1 % 进入下一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="64"/>
        <source>%1 % lost</source>
        <translation>%1 % 丢失</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="72"/>
        <source>deals or leads (the thin red bar: lost at that stage)</source>
        <translation>商机或线索（细红条：在该阶段丢失）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="98"/>
        <source>Shortest</source>
        <translation>最短</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="99"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="100"/>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="101"/>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="110"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_charts.py" line="116"/>
        <source>days from first contact to signing</source>
        <translation>从首次联系到签约的天数</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="65"/>
        <source>Deals funnel</source>
        <translation>商机漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="66"/>
        <source>Leads funnel</source>
        <translation>线索漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="67"/>
        <source>Only mine</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="78"/>
        <source>No commission yet: a completed deal earns its owner one.</source>
        <translation>尚无佣金：商机完成后其负责人将获得佣金。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="88"/>
        <source>Funnel: conversion and drop-off per stage</source>
        <translation>漏斗：各阶段的转化与流失</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="89"/>
        <source>Won value by month (signed)</source>
        <translation>按月赢单金额（已签约）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="90"/>
        <source>Sales cycle length</source>
        <translation>销售周期长度</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="91"/>
        <source>Commissions per person and month</source>
        <translation>每人每月佣金</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="140"/>
        <source>Could not read the dashboard: %1</source>
        <translation>无法读取仪表板：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="151"/>
        <source>Deals won in the last %2 months: %1, worth %3</source>
        <translation>最近 %2 个月赢单：%1 个，金额 %3</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="158"/>
        <source>Deals won in the last %2 days: %1 (days from the first contact to signing).</source>
        <translation>最近 %2 天赢单：%1 个（从首次联系到签约的天数）。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/dashboard_page.py" line="162"/>
        <source>No deal signed in the last %1 days: no cycle to measure.</source>
        <translation>最近 %1 天没有签约的商机：无周期可计算。</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <location filename="../../ui/database_error.py" line="29"/>
        <source>the database cannot be reached ({error})</source>
        <translation>无法连接数据库（{error}）</translation>
    </message>
    <message>
        <location filename="../../ui/database_error.py" line="31"/>
        <source>the database refused it ({error})</source>
        <translation>数据库拒绝了该操作（{error}）</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordPrompt</name>
    <message>
        <location filename="../../ui/database_password_prompt.py" line="22"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../ui/database_password_prompt.py" line="23"/>
        <source>Password of the database {display}
(asked at each start: it is not stored on this computer)</source>
        <translation>数据库 {display} 的密码
（每次启动时询问：不会保存在这台计算机上）</translation>
    </message>
</context>
<context>
    <name>DeadLettersPage</name>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="41"/>
        <source>Failed at</source>
        <translation>失败时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="45"/>
        <source>Consumer</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="46"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="47"/>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="48"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="49"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="51"/>
        <source>Resolved</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="55"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="63"/>
        <source>No dead letters: every event was applied by its consumer.</source>
        <translation>没有死信：每个事件都已被其消费者处理。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="73"/>
        <source>Events a consumer gave up on after its attempts (the setting consumers.max_attempts), and notifications a channel never took after theirs. Retry sends one back to its consumer with all its attempts again; Discard gives it up for good. Both are written to the audit log.</source>
        <translation>消费者在用尽尝试次数（设置项 consumers.max_attempts）后放弃的事件，以及渠道在用尽尝试次数后仍未接受的通知。“重试”将其发回消费者并重新获得全部尝试次数；“丢弃”则永久放弃。两种操作都会写入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="82"/>
        <source>Filter: consumer, event, topic, state, error…</source>
        <translation>筛选：消费者、事件、主题、状态、错误…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="85"/>
        <source>Also failures still retrying, and discarded ones</source>
        <translation>同时显示仍在重试和已丢弃的失败项</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="87"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="89"/>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="96"/>
        <source>Retry…</source>
        <translation>重试…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="97"/>
        <source>Send the selected dead letter back to its consumer (Ctrl+R)</source>
        <translation>将所选死信发回其消费者 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="99"/>
        <source>Discard…</source>
        <translation>丢弃…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="100"/>
        <source>Give the selected dead letter up for good (Delete)</source>
        <translation>永久放弃所选死信 (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="103"/>
        <source>Retry the selected dead letter</source>
        <translation>重试所选死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="105"/>
        <source>Discard the selected dead letter</source>
        <translation>丢弃所选死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="126"/>
        <source>retrying at {time}</source>
        <translation>将于 {time} 重试</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="128"/>
        <source>retry asked by {user}</source>
        <translation>{user} 已请求重试</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="130"/>
        <source>discarded by {user}</source>
        <translation>已被 {user} 丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="131"/>
        <source>dead</source>
        <translation>死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="143"/>
        <source>First failed {time}</source>
        <translation>首次失败 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="146"/>
        <source>Dead since {time}</source>
        <translation>自 {time} 起成为死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="147"/>
        <source>Last error: {error}</source>
        <translation>最近错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="149"/>
        <source>Event: {payload}</source>
        <translation>事件：{payload}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="163"/>
        <source>read the dead letters</source>
        <translation>读取死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="169"/>
        <source>1 dead letter</source>
        <translation>1 条死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="169"/>
        <source>{count} dead letters</source>
        <translation>{count} 条死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="199"/>
        <source>Send the notification “{subject}” {topic} again? It is queued at once, with all its attempts again.</source>
        <translation>重新发送通知“{subject}” {topic}？它将立即排队，并重新获得全部尝试次数。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="201"/>
        <source>{what}: queued again.</source>
        <translation>{what}：已重新排队。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="204"/>
        <source>Send event {event} ({topic}) back to the consumer {consumer}? It is tried at the consumer&apos;s next run, with all its attempts again.</source>
        <translation>将事件 {event}（{topic}）发回消费者 {consumer}？它将在该消费者下次运行时处理，并重新获得全部尝试次数。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="207"/>
        <source>Event {event} goes back to {consumer} at its next run.</source>
        <translation>事件 {event} 将在 {consumer} 下次运行时发回。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="212"/>
        <source>Retry dead letter</source>
        <translation>重试死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="225"/>
        <source>Discard the notification “{subject}” {topic}? It is never sent; the send log keeps it as discarded.</source>
        <translation>丢弃通知“{subject}” {topic}？它将不会被发送；发送日志将其记为已丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="227"/>
        <source>{what}: discarded.</source>
        <translation>{what}：已丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="230"/>
        <source>Discard event {event} ({topic})? The consumer {consumer} will never apply it: {effect}</source>
        <translation>丢弃事件 {event}（{topic}）？消费者 {consumer} 将永远不会处理它：{effect}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="237"/>
        <source>Event {event} discarded.</source>
        <translation>事件 {event} 已丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="240"/>
        <source>Discard dead letter</source>
        <translation>丢弃死信</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="250"/>
        <source>The notification “{subject}” {topic}</source>
        <translation>通知“{subject}” {topic}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="253"/>
        <source>Event {event} ({topic}) of consumer {consumer}</source>
        <translation>消费者 {consumer} 的事件 {event}（{topic}）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="260"/>
        <source>the alert it raised is sent to nobody.</source>
        <translation>它产生的告警不会发送给任何人。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/dead_letters_page.py" line="261"/>
        <source>what it would have done is not done.</source>
        <translation>它本应执行的操作将不会执行。</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="273"/>
        <source>Convert lead %1 into a deal</source>
        <translation>将线索 %1 转为商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="275"/>
        <source>Edit deal %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="277"/>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="280"/>
        <source>Matched by the lead&apos;s e-mail, phone or company, else new</source>
        <translation>按线索的电子邮件、电话或公司匹配，否则新建</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="285"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="289"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="289"/>
        <source>e.g. 1.5 MW hosting, 24 months</source>
        <translation>例如：1.5 MW 托管，24 个月</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="291"/>
        <source>Value ($)</source>
        <translation>金额 ($)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="291"/>
        <source>e.g. 480000</source>
        <translation>例如：480000</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="294"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="296"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="300"/>
        <source>Commission (%)</source>
        <translation>佣金 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="302"/>
        <source>e.g. 3</source>
        <translation>例如：3</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="326"/>
        <source>Deal “%1” created for the new customer %2.</source>
        <translation>已为新客户 %2 创建商机“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="328"/>
        <source>Deal “%1” created for %2 (an existing customer, matched by %3).</source>
        <translation>已为 %2 创建商机“%1”（现有客户，按%3匹配）。</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="55"/>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="56"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="57"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="58"/>
        <source>Log activity…</source>
        <translation>记录活动…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/deals_page.py" line="71"/>
        <source>Deal lost: %1</source>
        <translation>丢单：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../ui/gui_app.py" line="400"/>
        <source>The demo farm could not start: {0}</source>
        <translation>演示矿场无法启动：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/gui_app.py" line="404"/>
        <source>The demo could not start: {0} (see the log)</source>
        <translation>演示无法启动：{0}（请查看日志）</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../services/devices/capabilities.py" line="61"/>
        <source>{name} firmware cannot sleep</source>
        <translation>{name} 固件不支持休眠</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="63"/>
        <source>{name} firmware cannot be woken</source>
        <translation>{name} 固件不支持唤醒</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="65"/>
        <source>{name} firmware takes no reboot command</source>
        <translation>{name} 固件不接受重启命令</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="67"/>
        <source>{name} firmware has no fault light command</source>
        <translation>{name} 固件没有故障灯命令</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="79"/>
        <source>{name} firmware cannot change pools here</source>
        <translation>{name} 固件无法在此更换矿池</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="82"/>
        <source>a pool change needs a pool URL and a worker name</source>
        <translation>更换矿池需要矿池 URL 和矿工名</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="84"/>
        <source>pool URL {url!r} needs a scheme, like stratum+tcp://host:port</source>
        <translation>矿池 URL {url!r} 需要协议前缀，例如 stratum+tcp://host:port</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="90"/>
        <source>{name} firmware has no power modes</source>
        <translation>{name} 固件没有功耗模式</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="92"/>
        <source>{name} firmware on this model has no {mode!r} mode (it has {modes})</source>
        <translation>此型号上的 {name} 固件没有 {mode!r} 模式（现有：{modes}）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="101"/>
        <source>a power target needs watts or a percentage (one of them)</source>
        <translation>功率目标需要瓦数或百分比（二选一）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="106"/>
        <source>{watts} W is below the lowest {name} profile ({lowest} W)</source>
        <translation>{watts} W 低于 {name} 的最低档（{lowest} W）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="111"/>
        <source>{name} firmware has no power target in watts (it takes a percentage)</source>
        <translation>{name} 固件不支持以瓦为单位的功率目标（它接受百分比）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="116"/>
        <source>{name} firmware has no power target in watts (it has modes: {modes})</source>
        <translation>{name} 固件不支持以瓦为单位的功率目标（它有以下模式：{modes}）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="120"/>
        <source>{name} firmware has no power target in watts</source>
        <translation>{name} 固件不支持以瓦为单位的功率目标</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="123"/>
        <source>{watts} W is outside what {name} accepts here ({low}–{high} W)</source>
        <translation>{watts} W 超出 {name} 在此接受的范围（{low}–{high} W）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="128"/>
        <source>{name} firmware has no power target in percent (it takes watts)</source>
        <translation>{name} 固件不支持以百分比表示的功率目标（它接受瓦数）</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="130"/>
        <source>{name} firmware has no power target in percent</source>
        <translation>{name} 固件不支持以百分比表示的功率目标</translation>
    </message>
    <message>
        <location filename="../../services/devices/capabilities.py" line="133"/>
        <source>{percent} % is outside what {name} accepts ({low}–{high} %)</source>
        <translation>{percent} % 超出 {name} 接受的范围（{low}–{high} %）</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="31"/>
        <source>no valid answer</source>
        <translation>无有效应答</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="40"/>
        <source>{what} refused by the firmware: {why}</source>
        <translation>固件拒绝了{what}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="44"/>
        <source>{what} failed: {why}</source>
        <translation>{what}失败：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="55"/>
        <source>cannot read the miner&apos;s configuration: {why}</source>
        <translation>无法读取矿机配置：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="73"/>
        <source>sleep</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="75"/>
        <source>wake</source>
        <translation>唤醒</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="79"/>
        <source>mode</source>
        <translation>模式切换</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="82"/>
        <source>pool change</source>
        <translation>更换矿池</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="86"/>
        <source>fault light</source>
        <translation>故障灯</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="92"/>
        <source>reboot failed: {why}</source>
        <translation>重启失败：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/antminer.py" line="95"/>
        <source>stock Antminer firmware has no {action}</source>
        <translation>原厂 Antminer 固件不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/avalon.py" line="42"/>
        <source>the Avalon did not confirm {option}: {why}</source>
        <translation>Avalon 未确认 {option}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/avalon.py" line="60"/>
        <source>the Avalon did not confirm the restart: {why}</source>
        <translation>Avalon 未确认重启：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/avalon.py" line="66"/>
        <source>the Avalon refused {action}: {why}</source>
        <translation>Avalon 拒绝了 {action}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/avalon.py" line="69"/>
        <source>Avalon firmware has no {action} through its API</source>
        <translation>Avalon 固件的 API 不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="48"/>
        <source>Braiins OS refused the login of user {user!r} ({why}): wrong password?</source>
        <translation>Braiins OS 拒绝了用户 {user!r} 的登录（{why}）：密码错误？</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="54"/>
        <source>Braiins OS gave no login token: wrong user or password?</source>
        <translation>Braiins OS 未返回登录令牌：用户名或密码错误？</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="82"/>
        <source>Braiins OS set the power target to {watts} W, not {wanted} W</source>
        <translation>Braiins OS 将功率目标设为 {watts} W，而不是 {wanted} W</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="103"/>
        <source>Braiins OS refused the token ({why})</source>
        <translation>Braiins OS 拒绝了令牌（{why}）</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="107"/>
        <source>Braiins OS refused {action}: {why}</source>
        <translation>Braiins OS 拒绝了 {action}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/braiins.py" line="109"/>
        <source>Braiins OS+ has no {action} here</source>
        <translation>Braiins OS+ 在此不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/generic.py" line="27"/>
        <source>a generic power target is a percentage of nominal power</source>
        <translation>通用功率目标是额定功率的百分比</translation>
    </message>
    <message>
        <location filename="../../services/devices/generic.py" line="31"/>
        <source>the generic commands have no {action}: identify the miner&apos;s firmware first</source>
        <translation>通用命令不支持 {action}：请先识别矿机固件</translation>
    </message>
    <message>
        <location filename="../../services/devices/guard.py" line="45"/>
        <source>{what}: no answer within {seconds:g} s</source>
        <translation>{what}：{seconds:g} 秒内无应答</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="45"/>
        <source>LuxOS gave no session (another session may be active)</source>
        <translation>LuxOS 未返回会话（可能有其他会话正在使用）</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="58"/>
        <source>no LuxOS profile at or under {watts} W (the lowest is {lowest} W)</source>
        <translation>没有不高于 {watts} W 的 LuxOS 档（最低为 {lowest} W）</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="62"/>
        <source>no LuxOS profile at or under {watts} W</source>
        <translation>没有不高于 {watts} W 的 LuxOS 档</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="83"/>
        <source>LuxOS added the pool but does not list it</source>
        <translation>LuxOS 已添加矿池，但未在列表中显示</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="89"/>
        <source>LuxOS refused {action}: {why}</source>
        <translation>LuxOS 拒绝了 {action}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/luxos.py" line="91"/>
        <source>LuxOS has no {action} here</source>
        <translation>LuxOS 在此不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/send.py" line="41"/>
        <source>no {family} login stored for this miner&apos;s site: set one with `hashinsight-desktop site credentials` (or choose factory defaults there)</source>
        <translation>此矿机所在矿场未保存 {family} 登录凭据：请用 `hashinsight-desktop site credentials` 设置（或在其中选择出厂默认值）</translation>
    </message>
    <message>
        <location filename="../../services/devices/vnish.py" line="43"/>
        <source>VNish refused {what}</source>
        <translation>VNish 拒绝了 {what}</translation>
    </message>
    <message>
        <location filename="../../services/devices/vnish.py" line="64"/>
        <source>no VNish preset at or under {watts} W (the lowest is {lowest} W)</source>
        <translation>没有不高于 {watts} W 的 VNish 预设（最低为 {lowest} W）</translation>
    </message>
    <message>
        <location filename="../../services/devices/vnish.py" line="68"/>
        <source>no VNish preset at or under {watts} W</source>
        <translation>没有不高于 {watts} W 的 VNish 预设</translation>
    </message>
    <message>
        <location filename="../../services/devices/vnish.py" line="91"/>
        <source>VNish refused {action}: {why}</source>
        <translation>VNish 拒绝了 {action}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/vnish.py" line="93"/>
        <source>VNish has no {action} here</source>
        <translation>VNish 在此不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="32"/>
        <source>{what} refused the login of user {user!r} (HTTP {status}): wrong password?</source>
        <translation>{what} 拒绝了用户 {user!r} 的登录（HTTP {status}）：密码错误？</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="37"/>
        <source>{what} answered HTTP {status}</source>
        <translation>{what} 返回 HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="49"/>
        <source>web interface on port {port} unreachable: {error}</source>
        <translation>端口 {port} 上的网页界面无法访问：{error}</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="52"/>
        <source>the Antminer web interface</source>
        <translation>Antminer 网页界面</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="62"/>
        <source>web API on port {port} unreachable: {error}</source>
        <translation>端口 {port} 上的 Web API 无法访问：{error}</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="65"/>
        <source>the VNish web API</source>
        <translation>VNish Web API</translation>
    </message>
    <message>
        <location filename="../../services/devices/web_login.py" line="70"/>
        <source>the VNish web API gave no unlock token</source>
        <translation>VNish Web API 未返回解锁令牌</translation>
    </message>
    <message>
        <location filename="../../services/devices/whatsminer.py" line="71"/>
        <source>the Whatsminer refused the command ({why}): wrong admin password?</source>
        <translation>Whatsminer 拒绝了该命令（{why}）：管理员密码错误？</translation>
    </message>
    <message>
        <location filename="../../services/devices/whatsminer.py" line="74"/>
        <source>the Whatsminer refused {action}: {why}</source>
        <translation>Whatsminer 拒绝了 {action}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/devices/whatsminer.py" line="76"/>
        <source>Whatsminer firmware has no {action} here</source>
        <translation>Whatsminer 固件在此不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/whatsminer.py" line="94"/>
        <source>Whatsminer API v3: {action} is not supported by the device layer yet</source>
        <translation>Whatsminer API v3：设备层尚不支持 {action}</translation>
    </message>
    <message>
        <location filename="../../services/devices/whatsminer.py" line="100"/>
        <source>the Whatsminer (API v3) did not accept {action}</source>
        <translation>Whatsminer（API v3）未接受 {action}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="284"/>
        <source>not sent: {reason}</source>
        <translation>未发送：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="355"/>
        <source>no login: {why}</source>
        <translation>无登录凭据：{why}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="382"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
</context>
<context>
    <name>DiscoveryDialog</name>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="77"/>
        <source>Discover miners</source>
        <translation>发现矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="80"/>
        <source>e.g. 10.20.0.0/24 (at most a /16)</source>
        <translation>例如：10.20.0.0/24（最大 /16）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="85"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="87"/>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="90"/>
        <source>%v of %m addresses</source>
        <translation>%v / %m 个地址</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="104"/>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="105"/>
        <source>Tick none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="106"/>
        <source>Add selected to site</source>
        <translation>将所选添加到矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="110"/>
        <location filename="../../ui/fleet/discovery_dialog.py" line="185"/>
        <source>CIDR range</source>
        <translation>CIDR 范围</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="111"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="112"/>
        <source>Add to site</source>
        <translation>添加到矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="152"/>
        <source>Sites could not be read: {error}</source>
        <translation>无法读取矿场：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="204"/>
        <source>Scanning {count} addresses…</source>
        <translation>正在扫描 {count} 个地址…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="227"/>
        <source>; {count} more accepted the connection but answered badly (unticked)</source>
        <translation>；另有 {count} 个接受了连接但应答异常（未勾选）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="233"/>
        <source>{good} miners answered out of {count} addresses{note}.</source>
        <translation>{count} 个地址中有 {good} 台矿机应答{note}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="238"/>
        <source>Scan cancelled after {done} of {count} addresses.</source>
        <translation>扫描已在 {done} / {count} 个地址后取消。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="283"/>
        <source>Nothing was added: the database cannot be reached.</source>
        <translation>未添加任何内容：无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="284"/>
        <source>Miners not added</source>
        <translation>矿机未添加</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="288"/>
        <source>Nothing was added: {error}</source>
        <translation>未添加任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="300"/>
        <source> ({count} were already there)</source>
        <translation> （其中 {count} 台已存在）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="301"/>
        <source>Added {count} miners to {site}{note}.</source>
        <translation>已将 {count} 台矿机添加到 {site}{note}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_dialog.py" line="328"/>
        <source>{status} Identified: {families}.</source>
        <translation>{status} 已识别：{families}。</translation>
    </message>
</context>
<context>
    <name>EmailPage</name>
    <message>
        <location filename="../../ui/crm/email_page.py" line="77"/>
        <source>Send test e-mail…</source>
        <translation>发送测试邮件…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="81"/>
        <source>Send one message now through the CRM&apos;s SMTP settings</source>
        <translation>立即通过 CRM 的 SMTP 设置发送一封邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="83"/>
        <source>Your role (%1) may not send a test e-mail</source>
        <translation>您的角色（%1）无权发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="107"/>
        <source>No e-mail channel is set up: mail stays queued, then fails. Add one in Admin → Notifications.</source>
        <translation>尚未设置电子邮件渠道：邮件将一直排队，随后失败。请在 管理 → 通知 中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="112"/>
        <source>E-mail goes out through the channel “%1” (Admin → Notifications).</source>
        <translation>邮件通过渠道“%1”发出（管理 → 通知）。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="118"/>
        <source>Send test e-mail</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="119"/>
        <source>Send a test message to:</source>
        <translation>将测试邮件发送至：</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="128"/>
        <source>Sending a test e-mail to %1…</source>
        <translation>正在向 %1 发送测试邮件…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="146"/>
        <source>Test e-mail sent to %1.</source>
        <translation>测试邮件已发送至 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/email_page.py" line="148"/>
        <source>Test e-mail not sent: %1</source>
        <translation>测试邮件未发送：%1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../services/account_recovery.py" line="38"/>
        <source>Recovery needs the credentials of the role that owns this PostgreSQL database (or a superuser); connect with --database-url as that role.</source>
        <translation>恢复需要拥有此 PostgreSQL 数据库的角色（或超级用户）的凭据；请用 --database-url 以该角色连接。</translation>
    </message>
    <message>
        <location filename="../../services/account_recovery.py" line="58"/>
        <source>no user named {name!r}</source>
        <translation>没有名为 {name!r} 的用户</translation>
    </message>
    <message>
        <location filename="../../services/account_recovery.py" line="63"/>
        <source>{name} is {role}: recovery is for owner accounts (an owner resets the others)</source>
        <translation>{name} 是{role}：恢复仅用于所有者账户（其他账户由所有者重置）</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="240"/>
        <source>no checkpoint written: {value}</source>
        <translation>未写入检查点：{value}</translation>
    </message>
    <message>
        <location filename="../../services/audit.py" line="247"/>
        <source>no checkpoint written: the audit log has no records yet</source>
        <translation>未写入检查点：审计日志中尚无记录</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="88"/>
        <source>the audit head file {path} cannot be read ({exc}): check or restore it</source>
        <translation>无法读取审计末端文件 {path}（{exc}）：请检查或恢复该文件</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="214"/>
        <source>; if an older backup was restored on purpose, move this computer&apos;s head file aside: {path}</source>
        <translation>；如果是有意恢复了较旧的备份，请将这台计算机的末端文件移开：{path}</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="223"/>
        <source> (this computer&apos;s head file agrees)</source>
        <translation>（这台计算机的末端文件也一致）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="225"/>
        <source>the audit log was cut: {problem}{also}. Nothing was saved: no record may be appended to a cut log (it would seal the cut). Restore the database from a backup{aside}</source>
        <translation>审计日志已被截断：{problem}{also}。未保存任何内容：不能向被截断的日志追加记录（否则会掩盖截断）。请从备份恢复数据库{aside}</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="269"/>
        <source>no checkpoint file {path}</source>
        <translation>检查点文件 {path} 不存在</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="274"/>
        <source>{path} is not a checkpoint file ({exc})</source>
        <translation>{path} 不是检查点文件（{exc}）</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="278"/>
        <source>{path} is not an audit checkpoint file</source>
        <translation>{path} 不是审计检查点文件</translation>
    </message>
    <message>
        <location filename="../../services/audit_head.py" line="285"/>
        <source>{path} lacks {exc}: not a complete checkpoint</source>
        <translation>{path} 缺少 {exc}：不是完整的检查点</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="79"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../services/auth.py" line="131"/>
        <source>An owner account already exists: log in and add users from the Admin tab.</source>
        <translation>所有者账户已存在：请登录后在“管理”标签页中添加用户。</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="122"/>
        <source>{name!r} is not a time zone (e.g. Europe/Oslo, America/Chicago, UTC)</source>
        <translation>{name!r} 不是时区（例如 Europe/Oslo、America/Chicago、UTC）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="133"/>
        <source>{text!r} is not a month; write it as YYYY-MM (e.g. 2026-11)</source>
        <translation>{text!r} 不是月份；请写成 YYYY-MM（例如 2026-11）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="170"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="179"/>
        <source>must be at least {low}</source>
        <translation>必须至少为 {low}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="186"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="193"/>
        <source>{value} is not true or false</source>
        <translation>{value} 不是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="204"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="210"/>
        <source>is required (the miner&apos;s id as the usage file writes it)</source>
        <translation>为必填项（用量文件中写出的矿机 ID）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="217"/>
        <source>not a contract field; did you mean {name}?</source>
        <translation>不是合同字段；您是否指 {name}？</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="225"/>
        <source>must be a JSON object with the contract&apos;s fields</source>
        <translation>必须是包含合同字段的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="244"/>
        <source>is required for the {basis} basis</source>
        <translation>计费方式为 {basis} 时为必填项</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="247"/>
        <source>is required for the fixed basis</source>
        <translation>固定计费方式时为必填项</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="249"/>
        <source>only a fixed basis has one (this contract&apos;s basis is {basis})</source>
        <translation>只有固定计费方式才有此项（此合同的计费方式为 {basis}）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="257"/>
        <source>must be whole seconds</source>
        <translation>必须是整数秒</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="264"/>
        <source>{n_found} bad field(s): {value}</source>
        <translation>{n_found} 个字段有误：{value}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="285"/>
        <source>must be a list of {&quot;below_pct&quot;: 95, &quot;credit_pct&quot;: 10}</source>
        <translation>必须是 {&quot;below_pct&quot;: 95, &quot;credit_pct&quot;: 10} 形式的列表</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="292"/>
        <source>must be {&quot;below_pct&quot;: 95, &quot;credit_pct&quot;: 10}</source>
        <translation>必须是 {&quot;below_pct&quot;: 95, &quot;credit_pct&quot;: 10} 形式</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="299"/>
        <source>a second tier below {below} %</source>
        <translation>低于 {below} % 的第二个档位</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="308"/>
        <source>is required: a list of {&quot;miner_id&quot;, &quot;nameplate_w&quot;} (optional &quot;from&quot;, &quot;to&quot;)</source>
        <translation>为必填项：{&quot;miner_id&quot;, &quot;nameplate_w&quot;} 形式的列表（可选 &quot;from&quot;、&quot;to&quot;）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="318"/>
        <source>must be {&quot;miner_id&quot;: ..., &quot;nameplate_w&quot;: ...}</source>
        <translation>必须是 {&quot;miner_id&quot;: ..., &quot;nameplate_w&quot;: ...} 形式</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="326"/>
        <source>{last} is before its from date {first}</source>
        <translation>{last} 早于其起始日期 {first}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="330"/>
        <source>{miner_id} is listed twice</source>
        <translation>{miner_id} 重复列出</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="92"/>
        <location filename="../../services/billing/contract_terms.py" line="345"/>
        <source>cannot read {path}: {value}</source>
        <translation>无法读取 {path}：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="97"/>
        <source>not valid JSON: {msg} at line {lineno}</source>
        <translation>不是有效的 JSON：{msg}，位于第 {lineno} 行</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="101"/>
        <source>must be one JSON object with the contract&apos;s fields</source>
        <translation>必须是一个包含合同字段的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../commands/billing_db.py" line="112"/>
        <source>no {field} named {name!r}</source>
        <translation>没有名为 {name!r} 的{field}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="353"/>
        <source>not valid JSON: {msg} at line {lineno}, column {colno}</source>
        <translation>不是有效的 JSON：{msg}，位于第 {lineno} 行第 {colno} 列</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="68"/>
        <source>{value!r} is not an amount</source>
        <translation>{value!r} 不是金额</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="135"/>
        <location filename="../../commands/pipeline_options.py" line="43"/>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} 不是整数</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="138"/>
        <location filename="../../services/billing/contracts.py" line="71"/>
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../../commands/customer.py" line="198"/>
        <location filename="../../commands/invoice.py" line="131"/>
        <location filename="../../commands/ticket.py" line="127"/>
        <location filename="../../services/crm/asset_import.py" line="98"/>
        <source>no customer named {name!r}</source>
        <translation>没有名为 {name!r} 的客户</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="73"/>
        <source>has more than two decimals (cents)</source>
        <translation>小数超过两位（分）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="85"/>
        <source>{mode!r} is not one of {value}</source>
        <translation>{mode!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="93"/>
        <source>must be a whole number of days from 0 to {MAX_TERMS_DAYS}</source>
        <translation>必须是 0 到 {MAX_TERMS_DAYS} 之间的整天数</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="101"/>
        <source>must be a list of {&quot;days&quot;: -3, &quot;fee_usd&quot;: &quot;0.00&quot;}</source>
        <translation>必须是 {&quot;days&quot;: -3, &quot;fee_usd&quot;: &quot;0.00&quot;} 形式的列表</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="109"/>
        <source>must be whole days from the due date (-3: three days before)</source>
        <translation>必须是相对到期日的整天数（-3：到期前三天）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="115"/>
        <source>a late fee is charged only after the due date (days &gt; 0)</source>
        <translation>滞纳金只在到期日之后收取（days &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="120"/>
        <source>a second step {days} days from the due date</source>
        <translation>距到期日 {days} 天的第二个步骤</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="125"/>
        <source>is required (YYYY-MM-DD)</source>
        <translation>为必填项（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="128"/>
        <source>{ends} is before the start {starts}</source>
        <translation>{ends} 早于开始日期 {starts}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="148"/>
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="166"/>
        <source>is not a miner id of the fleet</source>
        <translation>不是机群中的矿机 ID</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="182"/>
        <source>{miner_id} is not a miner of the fleet</source>
        <translation>{miner_id} 不是机群中的矿机</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="186"/>
        <source>miner {name} is not at the contract&apos;s site</source>
        <translation>矿机 {name} 不在合同所属矿场</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="194"/>
        <source>miner {name} has no model: give it</source>
        <translation>矿机 {name} 没有型号：请补充</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="205"/>
        <source>the database bills from roll-ups kept with a {MAX_GAP_S} s max gap; {max_gap_s} s can be billed with `billing draft` from a usage file</source>
        <translation>数据库按最大缺口 {MAX_GAP_S} 秒保存的汇总计费；{max_gap_s} 秒可用 `billing draft` 从用量文件计费</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="302"/>
        <source>is required (at most 64 characters)</source>
        <translation>为必填项（最多 64 个字符）</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="305"/>
        <location filename="../../services/crm/sla_policies.py" line="161"/>
        <source>no such customer</source>
        <translation>没有该客户</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="307"/>
        <location filename="../../services/crm/incidents.py" line="140"/>
        <source>no such site</source>
        <translation>没有该矿场</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="396"/>
        <source>no contract {reference!r}</source>
        <translation>没有合同 {reference!r}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contracts.py" line="424"/>
        <source>no such contract version</source>
        <translation>没有该合同版本</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="30"/>
        <source>{text!r} is not an amount (e.g. 120.50)</source>
        <translation>{text!r} 不是金额（例如 120.50）</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="33"/>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="36"/>
        <source>{text} has more than two decimals (cents)</source>
        <translation>{text} 小数超过两位（分）</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="55"/>
        <source>invoice {value} is {status}: only an issued invoice can be credited</source>
        <translation>发票 {value} 状态为 {status}：只有已开具的发票才能贷记</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="62"/>
        <source>say why the invoice is credited</source>
        <translation>请说明贷记该发票的原因</translation>
    </message>
    <message>
        <location filename="../../services/billing/credit_notes.py" line="68"/>
        <source>{amount} USD is more than what is left of invoice {number} ({left} USD not yet credited of {total_usd} USD and its fees); nothing was credited</source>
        <translation>{amount} USD 超过发票 {number} 的剩余金额（{total_usd} USD 及其费用中尚有 {left} USD 未贷记）；未贷记任何金额</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoice_mail.py" line="37"/>
        <source>the customer has no billing contact with an e-mail address</source>
        <translation>该客户没有带电子邮件地址的账务联系人</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoice_mail.py" line="59"/>
        <source>only issued invoices are sent (this one is {status})</source>
        <translation>只发送已开具的发票（此发票状态为 {status}）</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="102"/>
        <source>no invoice {text!r} (give its number or id)</source>
        <translation>没有发票 {text!r}（请提供编号或 ID）</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="122"/>
        <source>{status!r} is not one of {value}</source>
        <translation>{status!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="176"/>
        <source>invoice {value} is {status}, not a draft</source>
        <translation>发票 {value} 状态为 {status}，不是草稿</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="231"/>
        <source>say why the invoice is void</source>
        <translation>请说明作废该发票的原因</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="236"/>
        <source>invoice {value} is {status}: it cannot be void</source>
        <translation>发票 {value} 状态为 {status}：不能作废</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoices.py" line="245"/>
        <source>payments or credit notes were booked on it: issue a credit note instead</source>
        <translation>该发票已登记付款或贷项通知单：请改为开具贷项通知单</translation>
    </message>
    <message>
        <location filename="../../services/billing/payments.py" line="45"/>
        <source>invoice {value} is {status}: nothing is due</source>
        <translation>发票 {value} 状态为 {status}：无应付款项</translation>
    </message>
    <message>
        <location filename="../../services/billing/payments.py" line="55"/>
        <source>{amount} USD is more than the {due} USD owed on invoice {number}</source>
        <translation>{amount} USD 超过发票 {number} 的欠款 {due} USD</translation>
    </message>
    <message>
        <location filename="../../services/billing/proposals.py" line="96"/>
        <source>That proposal does not exist.</source>
        <translation>该提议不存在。</translation>
    </message>
    <message>
        <location filename="../../services/billing/proposals.py" line="101"/>
        <source>already {status} by {decided_by}</source>
        <translation>已被 {decided_by} {status}</translation>
    </message>
    <message>
        <location filename="../../services/billing/proposals.py" line="110"/>
        <source>{action!r} is not one of {value}</source>
        <translation>{action!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/billing/revenue.py" line="36"/>
        <location filename="../../services/crm/dashboard.py" line="132"/>
        <source>must be between 1 and 120</source>
        <translation>必须在 1 到 120 之间</translation>
    </message>
    <message>
        <location filename="../../services/billing/sla_report.py" line="94"/>
        <source>{name} has no invoice for {period}: run billing for it first</source>
        <translation>{name} 没有 {period} 的发票：请先为其运行计费</translation>
    </message>
    <message>
        <location filename="../../services/billing/sla_report.py" line="129"/>
        <source>{name} is billed by several sites in {period}: one report each</source>
        <translation>{name} 在 {period} 由多个矿场计费：每个矿场各一份报告</translation>
    </message>
    <message>
        <location filename="../../services/billing/usage.py" line="213"/>
        <source>lists no miners: there is nothing to bill</source>
        <translation>未列出任何矿机：没有可计费的内容</translation>
    </message>
    <message>
        <location filename="../../services/billing/usage.py" line="280"/>
        <source>miner {miner_id} has no contracted time in {label} (from {value}, to {value2}): leave it out of this period&apos;s contract</source>
        <translation>矿机 {miner_id} 在 {label} 没有合同期（自 {value} 至 {value2}）：请将其从本期合同中去掉</translation>
    </message>
    <message>
        <location filename="../../services/calculator/curtailment_impact.py" line="54"/>
        <source>is empty: give one price per hour</source>
        <translation>为空：请每小时提供一个价格</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="174"/>
        <location filename="../../services/calculator/curtailment_impact.py" line="76"/>
        <location filename="../../services/calculator/inputs.py" line="82"/>
        <location filename="../../services/validation.py" line="98"/>
        <location filename="../../services/validation.py" line="117"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../services/calculator/curtailment_impact.py" line="82"/>
        <source>must be between 0 and {HOURS_PER_MONTH:.0f}</source>
        <translation>必须在 0 到 {HOURS_PER_MONTH:.0f} 之间</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="139"/>
        <source>{text!r} is ambiguous; write it without a thousands separator</source>
        <translation>{text!r} 有歧义；请不要使用千位分隔符</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="145"/>
        <source>{text!r}: use a dot as the decimal separator</source>
        <translation>{text!r}：请使用点作为小数分隔符</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="169"/>
        <source>a model name is required</source>
        <translation>型号名称为必填项</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="175"/>
        <source>unknown model {text!r}; closest: {close}</source>
        <translation>未知型号 {text!r}；最接近：{close}</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="187"/>
        <source>at most {MAX_SITE_LENGTH} characters (got {n_text})</source>
        <translation>最多 {MAX_SITE_LENGTH} 个字符（实际 {n_text} 个）</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="265"/>
        <source>the file has a header but no fleet rows</source>
        <translation>文件有标题行但没有机群数据行</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="49"/>
        <source>; nothing was computed</source>
        <translation>；未进行任何计算</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="53"/>
        <source>{name} has no data rows</source>
        <translation>{name} 没有数据行</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="67"/>
        <location filename="../../services/calculator/inputs.py" line="63"/>
        <source>a number is required</source>
        <translation>需要数字</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="73"/>
        <source>must be a number above 0, not {text}</source>
        <translation>必须是大于 0 的数字，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="74"/>
        <source>must be a number of at least 0, not {text}</source>
        <translation>必须是大于或等于 0 的数字，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="75"/>
        <source>must be a finite number, not {text}</source>
        <translation>必须是有限数字，而不是 {text}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="78"/>
        <source>{why} (--log needs every value above 0)</source>
        <translation>{why}（--log 要求所有值都大于 0）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="95"/>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="103"/>
        <source>{text!r} has a time of day; the series must be one row per day</source>
        <translation>{text!r} 含有时刻；序列必须每天一行</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="106"/>
        <source>{text} does not come after row {row} ({earlier})</source>
        <translation>{text} 不晚于第 {row} 行（{earlier}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="109"/>
        <source>{text}: {missing} day(s) missing after row {row}</source>
        <translation>{text}：第 {row} 行之后缺少 {missing} 天</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="136"/>
        <source>high and low come together (ATR needs both)</source>
        <translation>最高价和最低价须同时提供（ATR 需要两者）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/series_file.py" line="142"/>
        <source>high {high:g} and low {low:g} do not enclose the bar</source>
        <translation>最高价 {high:g} 和最低价 {low:g} 未包住该 K 线</translation>
    </message>
    <message>
        <location filename="../../services/calculator/inputs.py" line="65"/>
        <location filename="../../services/calculator/inputs.py" line="85"/>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限数字</translation>
    </message>
    <message>
        <location filename="../../services/calculator/inputs.py" line="73"/>
        <source>{value!r} is not a number (e.g. 110T, 110 T or 1.1e14)</source>
        <translation>{value!r} 不是数字（例如 110T、110 T 或 1.1e14）</translation>
    </message>
    <message>
        <location filename="../../services/calculator/inputs.py" line="92"/>
        <source>must be {bound} and at most {high} (got {number})</source>
        <translation>必须{bound}且最多为 {high}（实际为 {number}）</translation>
    </message>
    <message>
        <location filename="../../services/calculator/inputs.py" line="100"/>
        <source>must be a whole number (got {number})</source>
        <translation>必须是整数（实际为 {number}）</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="77"/>
        <source>That miner model no longer exists.</source>
        <translation>该矿机型号已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="92"/>
        <source>unknown model {name!r}{hint}</source>
        <translation>未知型号 {name!r}{hint}</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="104"/>
        <source>at most {MODE_SOURCE_MAX} characters</source>
        <translation>最多 {MODE_SOURCE_MAX} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="112"/>
        <source>must be a list of {name, hashrate_ths, power_w, source}</source>
        <translation>必须是 {name, hashrate_ths, power_w, source} 形式的列表</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="118"/>
        <source>mode {index} needs a name</source>
        <translation>模式 {index} 需要名称</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="147"/>
        <location filename="../../services/catalogue.py" line="151"/>
        <source>{when!r} is not a date (YYYY-MM-DD)</source>
        <translation>{when!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="156"/>
        <source>{value} is in the future</source>
        <translation>{value} 在未来</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="170"/>
        <location filename="../../services/catalogue.py" line="174"/>
        <location filename="../../services/curtailment/plan_request.py" line="51"/>
        <location filename="../../services/curtailment/plan_request.py" line="55"/>
        <source>one of {value}</source>
        <translation>{value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="179"/>
        <source>must contain the model designation, not only the maker</source>
        <translation>必须包含型号名称，而不仅是厂商</translation>
    </message>
    <message>
        <location filename="../../services/catalogue.py" line="271"/>
        <source>{name} is used by {in_use} miners; it cannot be deleted</source>
        <translation>{name} 正被 {in_use} 台矿机使用；无法删除</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="102"/>
        <source>Dead letter {key!r}: give at least 6 characters of its id.</source>
        <translation>死信 {key!r}：请至少提供其 ID 的 6 个字符。</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="106"/>
        <source>Dead letter {key!r}: no dead letter has that id.</source>
        <translation>死信 {key!r}：没有该 ID 的死信。</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="114"/>
        <source>Dead letter {key!r}: {problem}.</source>
        <translation>死信 {key!r}：{problem}。</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="127"/>
        <location filename="../../services/cluster/dead_letters.py" line="206"/>
        <source>That dead letter no longer exists.</source>
        <translation>该死信已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="131"/>
        <source>Event {event_id} of {consumer} is no longer a dead letter ({value}): someone else acted on it since it was listed.</source>
        <translation>{consumer} 的事件 {event_id} 已不再是死信（{value}）：列出后已有他人处理。</translation>
    </message>
    <message>
        <location filename="../../services/cluster/dead_letters.py" line="210"/>
        <source>The notification to {channel_name} is no longer a dead letter ({status}): someone else acted on it since it was listed.</source>
        <translation>发往 {channel_name} 的通知已不再是死信（{status}）：列出后已有他人处理。</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="99"/>
        <location filename="../../services/crm/tickets.py" line="104"/>
        <source>ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="105"/>
        <source>{subject_kind!r} is not one of {value}</source>
        <translation>{subject_kind!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="134"/>
        <location filename="../../services/crm/incidents.py" line="134"/>
        <source>{kind!r} is not one of {value}</source>
        <translation>{kind!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="137"/>
        <source>a task needs a due date</source>
        <translation>任务需要截止时间</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="254"/>
        <source>a {kind} is not a task: nothing to complete</source>
        <translation>{kind}不是任务：无需完成</translation>
    </message>
    <message>
        <location filename="../../services/crm/activities.py" line="260"/>
        <source>the task was already done at {done_at:%Y-%m-%d %H:%M} UTC</source>
        <translation>该任务已于 {done_at:%Y-%m-%d %H:%M} UTC 完成</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="54"/>
        <source>{text!r} is not a {entity} id (as `{entity} list --json` prints it)</source>
        <translation>{text!r} 不是 {entity} ID（应为 `{entity} list --json` 输出的形式）</translation>
    </message>
    <message>
        <location filename="../../commands/pipeline_options.py" line="68"/>
        <location filename="../../services/analytics/series_file.py" line="93"/>
        <location filename="../../services/crm/assets.py" line="79"/>
        <source>{text!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="88"/>
        <location filename="../../services/crm/customers.py" line="119"/>
        <source>sorts by one of {value}, not {order_by!r}</source>
        <translation>只能按 {value} 之一排序，不能按 {order_by!r}</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="182"/>
        <source>is not one of this customer&apos;s miners in our sites</source>
        <translation>不是该客户在我方矿场中的矿机</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="199"/>
        <source>{value} is before the purchase date {value2}</source>
        <translation>{value} 早于购买日期 {value2}</translation>
    </message>
    <message>
        <location filename="../../services/crm/assets.py" line="349"/>
        <source>{name} is not hosted for a customer</source>
        <translation>{name} 不是为客户托管的矿机</translation>
    </message>
    <message>
        <location filename="../../services/crm/commissions.py" line="79"/>
        <source>{value!r} is not a month (YYYY-MM)</source>
        <translation>{value!r} 不是月份（YYYY-MM）</translation>
    </message>
    <message>
        <location filename="../../services/crm/contacts.py" line="41"/>
        <location filename="../../services/crm/leads.py" line="190"/>
        <source>{address!r} is not an e-mail address</source>
        <translation>{address!r} 不是电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../services/crm/contacts.py" line="48"/>
        <source>{role!r} is not one of {value}</source>
        <translation>{role!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/crm_mail.py" line="71"/>
        <source>not an e-mail address: {value}</source>
        <translation>不是电子邮件地址：{value}</translation>
    </message>
    <message>
        <location filename="../../services/crm/crm_mail.py" line="74"/>
        <source>give at least one e-mail address</source>
        <translation>请至少提供一个电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../services/crm/crm_mail.py" line="94"/>
        <location filename="../../services/notifications/channels.py" line="70"/>
        <location filename="../../services/notifications/channels.py" line="108"/>
        <location filename="../../services/notifications/channels.py" line="113"/>
        <location filename="../../services/notifications/channels.py" line="134"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../services/crm/crm_mail.py" line="180"/>
        <source>That e-mail is no longer in the send log.</source>
        <translation>该邮件已不在发送日志中。</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="194"/>
        <source>{raw!r}: letters, digits and . : / + - _ only, at most 64 characters</source>
        <translation>{raw!r}：只能包含字母、数字和 . : / + - _，最多 64 个字符</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="209"/>
        <source>{email!r} is not an e-mail address</source>
        <translation>{email!r} 不是电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="250"/>
        <source>{value!r} is not a language: choose en or zh_CN</source>
        <translation>{value!r} 不是语言：请选择 en 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="389"/>
        <source>{name} still has {users} user accounts and {miners} miners</source>
        <translation>{name} 仍有 {users} 个用户账户和 {miners} 台矿机</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="400"/>
        <source>{name} hosted miners before: its billing history keeps the account</source>
        <translation>{name} 以前托管过矿机：其计费历史需要保留该账户</translation>
    </message>
    <message>
        <location filename="../../services/crm/customers.py" line="413"/>
        <source>{name} still has {listed} on record</source>
        <translation>{name} 仍有记录在案的{listed}</translation>
    </message>
    <message>
        <location filename="../../services/crm/dashboard.py" line="57"/>
        <source>{pipeline!r}: deals or leads</source>
        <translation>{pipeline!r}：商机或线索</translation>
    </message>
    <message>
        <location filename="../../services/crm/dashboard.py" line="166"/>
        <source>must be between 1 and 3660</source>
        <translation>必须在 1 到 3660 之间</translation>
    </message>
    <message>
        <location filename="../../services/crm/deals.py" line="189"/>
        <source>{stage!r} is not a deal stage; one of {value}</source>
        <translation>{stage!r} 不是商机阶段；应为 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/deals.py" line="264"/>
        <source>no customer account with that id</source>
        <translation>没有该 ID 的客户账户</translation>
    </message>
    <message>
        <location filename="../../services/crm/deals.py" line="309"/>
        <source>a {stage} deal is closed: its figures stay as they were</source>
        <translation>{stage}的商机已关闭：其数据保持不变</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="83"/>
        <source>incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="154"/>
        <source>choose the site whose miners it affected</source>
        <translation>请选择受影响矿机所在的矿场</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="223"/>
        <source>is before the incident started</source>
        <translation>早于事件开始时间</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="247"/>
        <source>no such ticket: {id}</source>
        <translation>没有该工单：{id}</translation>
    </message>
    <message>
        <location filename="../../services/crm/incidents.py" line="250"/>
        <source>no such miner: {id}</source>
        <translation>没有该矿机：{id}</translation>
    </message>
    <message>
        <location filename="../../services/crm/leads.py" line="143"/>
        <source>{status!r} is not a lead stage; one of {value}</source>
        <translation>{status!r} 不是线索阶段；应为 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/listing.py" line="69"/>
        <source>{order_by!r} is not sortable; one of {value}</source>
        <translation>{order_by!r} 不可排序；应为 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/listing.py" line="76"/>
        <source>must be between 1 and {MAX_PAGE}</source>
        <translation>必须在 1 到 {MAX_PAGE} 之间</translation>
    </message>
    <message>
        <location filename="../../services/crm/listing.py" line="79"/>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="26"/>
        <source>name the owner (you act without a user account)</source>
        <translation>请指定负责人（您在没有用户账户的情况下操作）</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="29"/>
        <source>no active user account with that id</source>
        <translation>没有该 ID 的启用用户账户</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="34"/>
        <source>{username} ({role}) may not own sales work</source>
        <translation>{username}（{role}）不能负责销售工作</translation>
    </message>
    <message>
        <location filename="../../services/crm/sales_people.py" line="69"/>
        <source>That user account no longer exists.</source>
        <translation>该用户账户已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="41"/>
        <source>{text!r} is not a time of day (HH:MM, 00:00 to 24:00)</source>
        <translation>{text!r} 不是一天中的时间（HH:MM，00:00 到 24:00）</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="66"/>
        <source>{zone!r} is not a known time zone (e.g. America/Chicago)</source>
        <translation>{zone!r} 不是已知时区（例如 America/Chicago）</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="74"/>
        <source>each interval must end after it starts</source>
        <translation>每个时间段的结束必须晚于开始</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="76"/>
        <source>intervals overlap</source>
        <translation>时间段重叠</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="80"/>
        <source>a calendar needs working hours on at least one day</source>
        <translation>日历至少需要有一天的工作时间</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_calendar.py" line="163"/>
        <source>not reached within {MAX_SEARCH_DAYS} days of business hours</source>
        <translation>在 {MAX_SEARCH_DAYS} 天的工作时间内未达到</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="73"/>
        <source>That business calendar no longer exists.</source>
        <translation>该工作日历已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="119"/>
        <source>{priority!r} is not one of {value}</source>
        <translation>{priority!r} 不是 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="126"/>
        <source>give the response and the resolution target</source>
        <translation>请提供响应目标和解决目标</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="133"/>
        <source>must be whole minutes from 1 to {MAX_TARGET_MIN}</source>
        <translation>必须是 1 到 {MAX_TARGET_MIN} 之间的整分钟数</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="159"/>
        <source>no such business calendar</source>
        <translation>没有该工作日历</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="164"/>
        <source>That SLA policy no longer exists.</source>
        <translation>该 SLA 策略已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/crm/sla_policies.py" line="173"/>
        <source>{whose} already has an SLA policy: change that one</source>
        <translation>{whose}已有 SLA 策略：请修改该策略</translation>
    </message>
    <message>
        <location filename="../../services/crm/stage_probabilities.py" line="63"/>
        <source>{stage!r}: only an open stage&apos;s probability is edited ({value})</source>
        <translation>{stage!r}：只能编辑未关闭阶段的概率（{value}）</translation>
    </message>
    <message>
        <location filename="../../services/crm/stage_probabilities.py" line="71"/>
        <source>{stage!r} has no probability row</source>
        <translation>{stage!r} 没有概率行</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="49"/>
        <source>{value!r} is not a stage; one of {value2}</source>
        <translation>{value!r} 不是阶段；应为 {value2} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="68"/>
        <source>{where}: the {kind} is already {current}</source>
        <translation>{where}：该{kind}已经是{current}</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="78"/>
        <source>{where}: a {current} {kind} is closed</source>
        <translation>{where}：{current}的{kind}已关闭</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="88"/>
        <source>{where}: a lead is won by converting it into a deal (lead convert)</source>
        <translation>{where}：线索需转为商机才能赢单（lead convert）</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="97"/>
        <source>{where}: {kind}s never move backwards</source>
        <translation>{where}：{kind}不能后退</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="104"/>
        <source>{where}: {kind}s move one stage at a time (next: {following})</source>
        <translation>{where}：{kind}每次只能推进一个阶段（下一个：{following}）</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="128"/>
        <source>lead {status} → won: only a contacted or qualified lead converts into a deal</source>
        <translation>线索 {status} → 赢单：只有已联系或已确认的线索才能转为商机</translation>
    </message>
    <message>
        <location filename="../../services/crm/stages.py" line="138"/>
        <source>{where}: say why it was lost</source>
        <translation>{where}：请说明丢单原因</translation>
    </message>
    <message>
        <location filename="../../services/crm/ticket_list.py" line="42"/>
        <source>{value!r} is not one of {value2}</source>
        <translation>{value!r} 不是 {value2} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="112"/>
        <source>{reference!r} is neither a ticket number nor an id</source>
        <translation>{reference!r} 既不是工单编号也不是 ID</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="141"/>
        <source>hosted for another customer: {value}</source>
        <translation>为其他客户托管：{value}</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="147"/>
        <source>no such miner: {value}</source>
        <translation>没有该矿机：{value}</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="172"/>
        <location filename="../../services/crm/tickets.py" line="177"/>
        <location filename="../../services/fleet/miner_import.py" line="125"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="175"/>
        <source>choose the customer the ticket is for</source>
        <translation>请选择工单对应的客户</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="184"/>
        <source>{priority!r} is not one of {values}</source>
        <translation>{priority!r} 不是 {values} 之一</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="245"/>
        <source>several tickets were being opened at once: try again</source>
        <translation>同时有多个工单正在创建：请重试</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="268"/>
        <source>T-{number} cannot move {before} → {to_status} (from {before}: {allowed})</source>
        <translation>T-{number} 不能从 {before} 变为 {to_status}（{before} 可变为：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../services/crm/tickets.py" line="355"/>
        <source>T-{number} is closed: open a new ticket</source>
        <translation>T-{number} 已关闭：请新建工单</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor.py" line="156"/>
        <location filename="../../services/curtailment/executor.py" line="197"/>
        <location filename="../../services/curtailment/executor.py" line="259"/>
        <location filename="../../services/curtailment/executor.py" line="280"/>
        <location filename="../../services/curtailment/plan_reads.py" line="180"/>
        <location filename="../../services/curtailment/plans.py" line="312"/>
        <location filename="../../services/curtailment/stop.py" line="42"/>
        <source>That curtailment plan no longer exists.</source>
        <translation>该限电计划已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor.py" line="175"/>
        <source>a plan that is {value} cannot be {verb}</source>
        <translation>状态为 {value} 的计划不能{verb}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="99"/>
        <location filename="../../services/table_file.py" line="102"/>
        <source>cannot open {path}: {strerror}</source>
        <translation>无法打开 {path}：{strerror}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="103"/>
        <source>{name} is not UTF-8 text; save it as CSV UTF-8</source>
        <translation>{name} 不是 UTF-8 文本；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="114"/>
        <source>the file is empty: it needs a header row</source>
        <translation>文件为空：需要标题行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="117"/>
        <source>not a readable CSV table: {exc}</source>
        <translation>不是可读取的 CSV 表格：{exc}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="157"/>
        <source>{count} bad cells in {rows} row(s): {shown} (and {more} more)</source>
        <translation>{rows} 行中有 {count} 个错误单元格：{shown}（另有 {more} 个）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="159"/>
        <source>{count} bad cells in {rows} row(s): {shown}</source>
        <translation>{rows} 行中有 {count} 个错误单元格：{shown}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="164"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="168"/>
        <source>must be 0 or more, not {value:g}</source>
        <translation>必须大于或等于 0，而不是 {value:g}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="189"/>
        <source>column {name!r} is not known; did you mean {value!r}?</source>
        <translation>未知列 {name!r}；您是指 {value!r} 吗？</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="199"/>
        <location filename="../../services/table_file.py" line="123"/>
        <source>column {name!r} appears {value} times</source>
        <translation>列 {name!r} 出现了 {value} 次</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="209"/>
        <source>missing column(s) {value} (the header row has: {value2})</source>
        <translation>缺少列 {value}（标题行包含：{value2}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="225"/>
        <source>not readable as CSV: {exc}</source>
        <translation>无法作为 CSV 读取：{exc}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="234"/>
        <source>not a number: {text!r}</source>
        <translation>不是数字：{text!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="237"/>
        <source>not a finite number: {text!r}</source>
        <translation>不是有限数字：{text!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="266"/>
        <source>no miners: the file has a header row only</source>
        <translation>没有矿机：文件只有标题行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="319"/>
        <source>{miner_id!r} already on row {row}</source>
        <translation>{miner_id!r} 已在第 {row} 行出现</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="333"/>
        <source>must be more than 0, not {value:g}</source>
        <translation>必须大于 0，而不是 {value:g}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="352"/>
        <source>{part!r} is not power_w:hashrate_ths</source>
        <translation>{part!r} 不是 power_w:hashrate_ths 格式</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="357"/>
        <source>{part!r}: negative values</source>
        <translation>{part!r}：数值为负</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="359"/>
        <source>{part!r}: {power:g} W is not below the full power {full:g} W</source>
        <translation>{part!r}：{power:g} W 不低于满功率 {full:g} W</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="370"/>
        <source>{sleep:g} W is not between 0 and the full {full:g} W</source>
        <translation>{sleep:g} W 不在 0 与满功率 {full:g} W 之间</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="376"/>
        <source>0 W asleep is switched off: give what the miner draws asleep, or allow power-off</source>
        <translation>休眠 0 W 即断电：请填写矿机休眠时的耗电功率，或允许断电</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="388"/>
        <source>{text!r} is not 0 or 1</source>
        <translation>{text!r} 不是 0 或 1</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="404"/>
        <source>a limit needs a {column} on the same row</source>
        <translation>限值需要同一行有 {column}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="410"/>
        <source>must be between 0 and {upper:g}, not {value:g}</source>
        <translation>必须在 0 到 {upper:g} 之间，而不是 {value:g}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="414"/>
        <source>{value:g} for {owner!r} differs from {first:g} on row {row}</source>
        <translation>{owner!r} 的 {value:g} 与第 {row} 行的 {first:g} 不同</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="64"/>
        <source>must be one of {value}, not {solver!r}</source>
        <translation>必须是 {value} 之一，而不是 {solver!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="70"/>
        <source>must be more than 0 seconds</source>
        <translation>必须大于 0 秒</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="108"/>
        <source>a plan that is {value} cannot become {value2}</source>
        <translation>状态为 {value} 的计划不能变为 {value2}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="44"/>
        <source>give the plan a name</source>
        <translation>请为计划命名</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="46"/>
        <source>the power to shed must be more than 0 kW</source>
        <translation>削减功率必须大于 0 kW</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="48"/>
        <location filename="../../services/curtailment/price_trigger.py" line="39"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="58"/>
        <source>a scheduled plan needs a start time</source>
        <translation>定时计划需要开始时间</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="62"/>
        <source>a price-triggered plan needs a threshold</source>
        <translation>价格触发的计划需要阈值</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="68"/>
        <source>must be more than 0 hours (leave empty for manual recovery)</source>
        <translation>必须大于 0 小时（留空表示手动恢复）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="73"/>
        <source>must be more than 0 kW per minute (leave empty for no ramp)</source>
        <translation>必须大于每分钟 0 kW（留空表示不限爬坡速率）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="80"/>
        <source>customer {customer}: a cap is a percentage from 0 to 100</source>
        <translation>客户 {customer}：上限为 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="88"/>
        <source>feed {feed}: a limit is a power of 0 kW or more</source>
        <translation>供电回路 {feed}：限值为大于或等于 0 kW 的功率</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="93"/>
        <source>the revenue strategy needs the current hashprice (USD per TH/s per day)</source>
        <translation>收入策略需要当前算力价格（每 TH/s 每天 USD）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="98"/>
        <source>between 1 s and 1 hour</source>
        <translation>在 1 秒到 1 小时之间</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="101"/>
        <source>a number of TH/s ≥ 0 per miner touched</source>
        <translation>每台受影响矿机 ≥ 0 的 TH/s 数值</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_request.py" line="106"/>
        <source>0 W asleep is a miner switched off: give what a sleeping miner draws, or allow power-off</source>
        <translation>休眠 0 W 即矿机断电：请填写休眠矿机的耗电功率，或允许断电</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="165"/>
        <location filename="../../services/curtailment/site_fleet.py" line="264"/>
        <location filename="../../services/fleet/management.py" line="189"/>
        <location filename="../../services/fleet/miner_import.py" line="165"/>
        <location filename="../../services/sites.py" line="47"/>
        <location filename="../../services/telemetry/alert_settings.py" line="260"/>
        <source>That site no longer exists.</source>
        <translation>该矿场已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="175"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="176"/>
        <source>{count} {why}</source>
        <translation>{count} 台{why}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="177"/>
        <source>the site has no miners</source>
        <translation>该矿场没有矿机</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="181"/>
        <source>no miner of {site_name} can shed power now ({reasons})</source>
        <translation>{site_name} 目前没有可削减负荷的矿机（{reasons}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plans.py" line="333"/>
        <source>{name} needs a second person to approve curtailment plans (four-eyes rule): {created_by} created this plan, so someone else must approve it</source>
        <translation>{name} 的限电计划需要由第二人批准（双人审批）：此计划由 {created_by} 创建，因此必须由他人批准</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/price_trigger.py" line="41"/>
        <source>from 0 to 1,440 minutes</source>
        <translation>0 到 1,440 分钟</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/price_trigger.py" line="111"/>
        <location filename="../../services/fleet/miners.py" line="121"/>
        <location filename="../../services/fleet/site_credentials.py" line="51"/>
        <source>that site no longer exists</source>
        <translation>该矿场已不存在</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/price_trigger.py" line="116"/>
        <source>${value:g}/kWh is not a plausible power price (−10 to 100)</source>
        <translation>${value:g}/kWh 不是合理的电价（−10 到 100）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="52"/>
        <source>must be a number ≥ 0, not {target_w!r}</source>
        <translation>必须是 ≥ 0 的数字，而不是 {target_w!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="58"/>
        <source>must be a number ≥ 0, not {tolerance_w!r}</source>
        <translation>必须是 ≥ 0 的数字，而不是 {tolerance_w!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="66"/>
        <source>must be a number of TH/s ≥ 0, not {switch_cost_ths!r}</source>
        <translation>必须是 ≥ 0 的 TH/s 数值，而不是 {switch_cost_ths!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="74"/>
        <source>must be one of {value}, not {strategy!r}</source>
        <translation>必须是 {value} 之一，而不是 {strategy!r}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="90"/>
        <source>has {n_values} values for {n} miners</source>
        <translation>{n} 台矿机有 {n_values} 个值</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="96"/>
        <source>SLA weights must be numbers ≥ 0</source>
        <translation>SLA 权重必须是 ≥ 0 的数字</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="101"/>
        <source>the revenue strategy needs a hashprice ≥ 0</source>
        <translation>收入策略需要 ≥ 0 的算力价格</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="104"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="110"/>
        <source>customer {customer!r}: {pct} is not between 0 and 100</source>
        <translation>客户 {customer!r}：{pct} 不在 0 到 100 之间</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/problem.py" line="120"/>
        <source>group {group!r}: {limit} is not a power ≥ 0</source>
        <translation>分组 {group!r}：{limit} 不是 ≥ 0 的功率</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_requests.py" line="55"/>
        <source>Only a logged-in user can ask the agent to run a plan.</source>
        <translation>只有已登录用户才能请求代理执行计划。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_requests.py" line="106"/>
        <source>The user {username!r} who asked for this run no longer may.</source>
        <translation>请求此次执行的用户 {username!r} 已无此权限。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/stop.py" line="50"/>
        <source>a plan that is {value} is not running{hint}</source>
        <translation>状态为 {value} 的计划未在运行{hint}</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="99"/>
        <location filename="../../services/devices/credentials.py" line="102"/>
        <source>{where}: not a JSON object</source>
        <translation>{where}：不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="109"/>
        <source>{where}: needs a username and a password (strings), or factory_defaults</source>
        <translation>{where}：需要用户名和密码（字符串），或 factory_defaults</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="133"/>
        <source>credentials file {path}: {strerror}</source>
        <translation>凭据文件 {path}：{strerror}</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="137"/>
        <source>credentials file {path} is not a regular file</source>
        <translation>凭据文件 {path} 不是普通文件</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="141"/>
        <source>credentials file {path} belongs to another user: refused</source>
        <translation>凭据文件 {path} 属于其他用户：已拒绝</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="146"/>
        <source>credentials file {path} is readable by others (mode {value:o}): refused; make it 0600</source>
        <translation>凭据文件 {path} 可被他人读取（权限 {value:o}）：已拒绝；请改为 0600</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="201"/>
        <source>{exc}. A headless agent can read miner credentials from a 0600 file named in its settings or from systemd credentials (${CREDENTIALS_DIRECTORY_ENV}/{SYSTEMD_CREDENTIAL_NAME}): see the README</source>
        <translation>{exc}。无界面代理可以从其设置中指定的 0600 文件或 systemd 凭据（${CREDENTIALS_DIRECTORY_ENV}/{SYSTEMD_CREDENTIAL_NAME}）读取矿机凭据：请参阅 README</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="238"/>
        <source>{keyring_error}; no credentials file is configured either (settings extra.{SETTINGS_KEY}.credentials_file, or systemd ${CREDENTIALS_DIRECTORY_ENV})</source>
        <translation>{keyring_error}；也未配置凭据文件（设置项 extra.{SETTINGS_KEY}.credentials_file，或 systemd ${CREDENTIALS_DIRECTORY_ENV}）</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="323"/>
        <source>credentials file {path} cannot be read: {exc}</source>
        <translation>无法读取凭据文件 {path}：{exc}</translation>
    </message>
    <message>
        <location filename="../../services/devices/credentials.py" line="327"/>
        <source>credentials file {path} is not a JSON object</source>
        <translation>凭据文件 {path} 不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="88"/>
        <source>This {entity} was changed by someone else since you opened it; your changes were not saved. It has been reloaded — apply them again.</source>
        <translation>自您打开以来，此{entity}已被他人修改；您的更改未保存。已重新加载 — 请再次应用您的更改。</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="107"/>
        <source>Too many failed logins; try again in {seconds} s.</source>
        <translation>登录失败次数过多；请在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="130"/>
        <source>a percentage of nominal power between {low} and {high}</source>
        <translation>额定功率的百分比，介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="139"/>
        <source>the generic commands have no {value}</source>
        <translation>通用命令不支持{value}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/control.py" line="340"/>
        <location filename="../../services/fleet/pool_passwords.py" line="37"/>
        <source>give the pool URL and the worker name</source>
        <translation>请提供矿池 URL 和矿工名</translation>
    </message>
    <message>
        <location filename="../../services/fleet/customer_assignments.py" line="71"/>
        <source>earlier than the current customer&apos;s assignment of {value}</source>
        <translation>早于当前客户归属的时间 {value}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/customer_assignments.py" line="94"/>
        <source>give a time zone (or a date in the site&apos;s time zone)</source>
        <translation>请提供时区（或以矿场时区表示的日期）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/customer_assignments.py" line="100"/>
        <source>{at:%Y-%m-%d %H:%M} UTC is in the future: assign from today or earlier</source>
        <translation>{at:%Y-%m-%d %H:%M} UTC 在未来：请从今天或更早开始分配</translation>
    </message>
    <message>
        <location filename="../../services/fleet/customer_assignments.py" line="108"/>
        <source>That customer account no longer exists.</source>
        <translation>该客户账户已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/fleet/discovery.py" line="32"/>
        <source>No site yet: add one first (Admin → Sites, or `site add NAME --timezone TZ`).</source>
        <translation>尚无矿场：请先添加（管理 → 矿场，或 `site add NAME --timezone TZ`）。</translation>
    </message>
    <message>
        <location filename="../../services/fleet/discovery.py" line="35"/>
        <source>You may not add miners to any site.</source>
        <translation>您无权向任何矿场添加矿机。</translation>
    </message>
    <message>
        <location filename="../../services/fleet/discovery.py" line="47"/>
        <source>{value!r} is not a range like 10.20.0.0/24</source>
        <translation>{value!r} 不是类似 10.20.0.0/24 的范围</translation>
    </message>
    <message>
        <location filename="../../services/fleet/discovery.py" line="53"/>
        <source>{network} has {num_addresses:,} addresses; at most a /16</source>
        <translation>{network} 有 {num_addresses:,} 个地址；最大为 /16</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="97"/>
        <source>the site already has feed {value!r} (differing only in case)</source>
        <translation>该矿场已有供电回路 {value!r}（仅大小写不同）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="103"/>
        <source>this site</source>
        <translation>此矿场</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="114"/>
        <source>no feed named {name!r} at {site} (did you mean {close}?) — create it explicitly</source>
        <translation>{site} 没有名为 {name!r} 的回路（您是否指 {close}？）— 请明确创建它</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="119"/>
        <location filename="../../services/fleet/miner_import.py" line="117"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="123"/>
        <source>no feed named {name!r} at {site} (its feeds: {feeds}) — create it explicitly</source>
        <translation>{site} 没有名为 {name!r} 的回路（现有回路：{feeds}）— 请明确创建它</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="129"/>
        <source>no feed named {name!r} at {site} — create it explicitly</source>
        <translation>{site} 没有名为 {name!r} 的回路 — 请明确创建它</translation>
    </message>
    <message>
        <location filename="../../services/fleet/management.py" line="199"/>
        <source>{name} already has a miner at the address of {value}</source>
        <translation>{name} 在 {value} 的地址上已有矿机</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_export.py" line="39"/>
        <source>{name}: export to a .csv or .xlsx file</source>
        <translation>{name}：请导出为 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_export.py" line="42"/>
        <source>no folder {parent}</source>
        <translation>文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miners.py" line="99"/>
        <source>{ip_address!r} is not an IP address</source>
        <translation>{ip_address!r} 不是 IP 地址</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miners.py" line="102"/>
        <source>must be between 1 and 65535</source>
        <translation>必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="114"/>
        <source>no {kind} named {text!r} (did you mean {close}?)</source>
        <translation>没有名为 {text!r} 的{kind}（您是否指 {close}？）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="120"/>
        <source>no {kind} named {text!r}</source>
        <translation>没有名为 {text!r} 的{kind}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="137"/>
        <location filename="../../services/fleet/miners.py" line="106"/>
        <source>at most {limit} characters</source>
        <translation>最多 {limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="144"/>
        <source>{text!r} is not a port (1–65535)</source>
        <translation>{text!r} 不是端口号（1–65535）</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="150"/>
        <source>an IP address is required</source>
        <translation>必须填写 IP 地址</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="154"/>
        <source>{text!r} is not an IP address</source>
        <translation>{text!r} 不是 IP 地址</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="170"/>
        <source>your role ({role}) may not assign customers</source>
        <translation>您的角色（{role}）无权分配客户</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_import.py" line="190"/>
        <source>unknown model {text!r} (closest: {close})</source>
        <translation>未知型号 {text!r}（最接近：{close}）</translation>
    </message>
    <message>
        <location filename="../../services/calculator/fleet_file.py" line="177"/>
        <location filename="../../services/fleet/miner_import.py" line="192"/>
        <source>unknown model {text!r}</source>
        <translation>未知型号 {text!r}</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="54"/>
        <source>give a user and password, or choose factory defaults</source>
        <translation>请提供用户名和密码，或选择出厂默认值</translation>
    </message>
    <message>
        <location filename="../../services/fleet/site_credentials.py" line="57"/>
        <source>the miners&apos; login user is empty</source>
        <translation>矿机登录用户名为空</translation>
    </message>
    <message>
        <location filename="../../services/market_data/service.py" line="109"/>
        <location filename="../../services/market_data/service.py" line="213"/>
        <source>{value!r} is not a usable value ({exc})</source>
        <translation>{value!r} 不是可用的值（{exc}）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="66"/>
        <location filename="../../services/notifications/channels.py" line="138"/>
        <source>choose one of {values}</source>
        <translation>请从 {values} 中选择一个</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="76"/>
        <source>must be a whole number from 1 to 65535</source>
        <translation>必须是 1 到 65535 之间的整数</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="79"/>
        <source>give the sender&apos;s address (name@domain)</source>
        <translation>请填写发件人地址（name@domain）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="84"/>
        <source>give at least one recipient address</source>
        <translation>请至少填写一个收件人地址</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="87"/>
        <source>not an address: {values}</source>
        <translation>不是有效地址：{values}</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="102"/>
        <source>is empty (the chat, group or channel the bot writes to)</source>
        <translation>为空（机器人发送消息的聊天、群组或频道）</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="106"/>
        <location filename="../../services/notifications/channels.py" line="117"/>
        <source>must be an http(s) address</source>
        <translation>必须是 http(s) 地址</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="136"/>
        <source>is longer than 80 characters</source>
        <translation>超过 80 个字符</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="144"/>
        <source>must be from 0 to 86,400 seconds</source>
        <translation>必须在 0 到 86,400 秒之间</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="146"/>
        <source>must be from 1 to 3,600</source>
        <translation>必须在 1 到 3,600 之间</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="201"/>
        <location filename="../../services/notifications/channels.py" line="262"/>
        <location filename="../../services/notifications/delivery.py" line="180"/>
        <source>That notification channel no longer exists.</source>
        <translation>该通知渠道已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/notifications/channels.py" line="204"/>
        <source>a channel keeps its kind; add a new channel instead</source>
        <translation>渠道的类型不可更改；请改为添加新渠道</translation>
    </message>
    <message>
        <location filename="../../services/notifications/delivery.py" line="124"/>
        <source>That delivery no longer exists.</source>
        <translation>该投递记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="85"/>
        <location filename="../../services/notifications/rules.py" line="140"/>
        <source>That notification rule no longer exists.</source>
        <translation>该通知规则已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="89"/>
        <source>give a name of 1 to 80 characters</source>
        <translation>请填写 1 到 80 个字符的名称</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="92"/>
        <source>choose an existing channel</source>
        <translation>请选择现有渠道</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="94"/>
        <location filename="../../services/notifications/rules.py" line="96"/>
        <source>unknown: {values}</source>
        <translation>未知：{values}</translation>
    </message>
    <message>
        <location filename="../../services/notifications/rules.py" line="99"/>
        <source>no such site: {values}</source>
        <translation>没有该矿场：{values}</translation>
    </message>
    <message>
        <location filename="../../services/passwords.py" line="35"/>
        <source>must be at least {MIN_PASSWORD_LENGTH} characters long</source>
        <translation>长度至少为 {MIN_PASSWORD_LENGTH} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/passwords.py" line="40"/>
        <source>must not be the user name</source>
        <translation>不能与用户名相同</translation>
    </message>
    <message>
        <location filename="../../services/permissions.py" line="107"/>
        <source>Your role ({value}) may not {action}.</source>
        <translation>您的角色（{value}）无权{action}。</translation>
    </message>
    <message>
        <location filename="../../services/permissions.py" line="118"/>
        <source>You may not {action}: that site is outside your scope.</source>
        <translation>您无权{action}：该矿场不在您的范围内。</translation>
    </message>
    <message>
        <location filename="../../services/sites.py" line="59"/>
        <source>{name!r} is not a time zone name (e.g. America/Chicago or UTC)</source>
        <translation>{name!r} 不是时区名称（例如 America/Chicago 或 UTC）</translation>
    </message>
    <message>
        <location filename="../../services/sites.py" line="148"/>
        <source>{name} still has {miners} miners; move or remove them first</source>
        <translation>{name} 仍有 {miners} 台矿机；请先迁移或删除</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/miners_csv.py" line="133"/>
        <location filename="../../services/table_file.py" line="39"/>
        <source>row {row}, {column}: {message}</source>
        <translation>第 {row} 行，{column}：{message}</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="266"/>
        <location filename="../../services/crm/incidents.py" line="253"/>
        <location filename="../../services/curtailment/miners_csv.py" line="154"/>
        <location filename="../../services/market_data/quantities.py" line="113"/>
        <location filename="../../services/table_file.py" line="57"/>
        <location filename="../../services/telemetry/alert_settings.py" line="166"/>
        <location filename="../../services/validation.py" line="18"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="60"/>
        <source>{count} bad cell(s){consequence}: {shown} (and {more} more)</source>
        <translation>{count} 个错误单元格{consequence}：{shown}（另有 {more} 个）</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="62"/>
        <source>{count} bad cell(s){consequence}: {shown}</source>
        <translation>{count} 个错误单元格{consequence}：{shown}</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="108"/>
        <source>{name}: old .xls workbooks are not read; save it as .xlsx or .csv</source>
        <translation>{name}：不读取旧版 .xls 工作簿；请另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="117"/>
        <source>{name} has no header row</source>
        <translation>{name} 没有标题行</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="134"/>
        <source>missing column(s) {value} (the header row has: {found})</source>
        <translation>缺少列 {value}（标题行包含：{found}）</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="146"/>
        <source>a value stands under no column header; a value with a {delimiter!r} in it must be in quotes</source>
        <translation>有值不在任何列标题之下；含有 {delimiter!r} 的值必须加引号</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="153"/>
        <source>a value stands under no column header</source>
        <translation>有值不在任何列标题之下</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="167"/>
        <source>more than {max_rows:,} rows; split the file</source>
        <translation>超过 {max_rows:,} 行；请拆分文件</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="186"/>
        <source>{name} is not a readable CSV table: {exc}</source>
        <translation>{name} 不是可读取的 CSV 表格：{exc}</translation>
    </message>
    <message>
        <location filename="../../services/table_file.py" line="201"/>
        <source>{name} is not a readable Excel workbook ({exc})</source>
        <translation>{name} 不是可读取的 Excel 工作簿（{exc}）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="402"/>
        <location filename="../../services/telemetry/alert_settings.py" line="329"/>
        <source>at most {NOTE_MAX_CHARS} characters</source>
        <translation>最多 {NOTE_MAX_CHARS} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_rules.py" line="408"/>
        <source>That alert no longer exists.</source>
        <translation>该告警已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="143"/>
        <source>{name}: not an alert limit</source>
        <translation>{name}：不是告警限值</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="153"/>
        <source>{name}: {value!r} is not a number</source>
        <translation>{name}：{value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="157"/>
        <source>{name}: {number:g} is outside {low:g}–{high:g} {unit}</source>
        <translation>{name}：{number:g} 超出 {low:g}–{high:g} {unit}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="163"/>
        <source>{name}: must be above the warning temperature</source>
        <translation>{name}：必须高于警告温度</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="177"/>
        <source>the critical temperature ({critical:g} °C) must be above the warning temperature ({warning:g} °C)</source>
        <translation>严重温度（{critical:g} °C）必须高于警告温度（{warning:g} °C）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="186"/>
        <source>the temperature hysteresis ({hysteresis:g} °C) must not exceed the gap between warning ({warning:g} °C) and critical ({critical:g} °C)</source>
        <translation>温度回差（{hysteresis:g} °C）不得超过警告（{warning:g} °C）与严重（{critical:g} °C）之间的差值</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="198"/>
        <source>the hashrate hysteresis ({margin:g} %) above the minimum ({minimum:g} %) passes 100 % of nominal: an open alert would never clear</source>
        <translation>算力回差（{margin:g} %）加上下限（{minimum:g} %）超过额定值的 100 %：未关闭的告警将永远无法解除</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="226"/>
        <source>{why} for {scope}</source>
        <translation>{scope}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="234"/>
        <source>site {name}</source>
        <translation>矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="236"/>
        <source>model {name}</source>
        <translation>型号 {name}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="241"/>
        <source>the farm</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="262"/>
        <source>That model is not in the catalogue.</source>
        <translation>该型号不在型号目录中。</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="325"/>
        <source>must be in the future</source>
        <translation>必须是未来时间</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/alert_settings.py" line="350"/>
        <source>Some of those miners no longer exist.</source>
        <translation>其中部分矿机已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/transaction.py" line="37"/>
        <source>another {entity} already uses this value</source>
        <translation>另一个{entity}已使用此值</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="52"/>
        <source>That user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="62"/>
        <source>must be at most 254 characters</source>
        <translation>最多 254 个字符</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="67"/>
        <source>one address only, not {n_addresses}</source>
        <translation>只能有一个地址，而不是 {n_addresses} 个</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="85"/>
        <source>unknown role {role!r}; one of {value}</source>
        <translation>未知角色 {role!r}；应为 {value} 之一</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="96"/>
        <source>a customer user must be bound to a customer account</source>
        <translation>客户用户必须绑定到客户账户</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="99"/>
        <source>no such customer account</source>
        <translation>没有该客户账户</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="102"/>
        <source>only customer users are bound to a customer account</source>
        <translation>只有客户用户才能绑定到客户账户</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="106"/>
        <source>only site managers have a site scope (the others see all or none)</source>
        <translation>只有矿场经理有矿场范围（其他角色可见全部或不可见）</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="114"/>
        <source>{n_missing} of the chosen sites no longer exist</source>
        <translation>所选矿场中有 {n_missing} 个已不存在</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="146"/>
        <source>3–64 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>3–64 个字符：小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="150"/>
        <source>{username!r} is already taken</source>
        <translation>{username!r} 已被占用</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="224"/>
        <source>You may not change your own role or disable your own account.</source>
        <translation>您不能更改自己的角色或停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="263"/>
        <source>the last active owner cannot be removed, demoted or disabled</source>
        <translation>最后一个启用的所有者不能被删除、降级或停用</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="305"/>
        <source>This session has no account of its own to change.</source>
        <translation>此会话没有可更改的自身账户。</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="308"/>
        <source>is not your current password</source>
        <translation>不是您的当前密码</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="310"/>
        <source>is the same as the current one</source>
        <translation>与当前密码相同</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="319"/>
        <source>no user named {value!r}</source>
        <translation>没有名为 {value!r} 的用户</translation>
    </message>
    <message>
        <location filename="../../services/users.py" line="360"/>
        <source>You may not delete your own account.</source>
        <translation>您不能删除自己的账户。</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="39"/>
        <location filename="../../services/crm/customer_import.py" line="33"/>
        <location filename="../../services/fleet/miner_import.py" line="53"/>
        <source>, nothing imported</source>
        <translation>，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="168"/>
        <location filename="../../services/billing/contract_terms.py" line="232"/>
        <location filename="../../services/crm/asset_import.py" line="100"/>
        <location filename="../../services/validation.py" line="74"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="118"/>
        <source>{serial} is already on record for {customer}</source>
        <translation>{customer} 已登记过 {serial}</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="121"/>
        <location filename="../../services/crm/customer_import.py" line="69"/>
        <location filename="../../services/fleet/miner_import.py" line="218"/>
        <source>{value} is also on row {row}</source>
        <translation>{value} 也出现在第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="130"/>
        <source>{wanted!r} matches several of {customer}&apos;s miners (serial or IP)</source>
        <translation>{wanted!r} 与 {customer} 的多台矿机匹配（序列号或 IP）</translation>
    </message>
    <message>
        <location filename="../../services/crm/asset_import.py" line="132"/>
        <source>{wanted!r} matches none of {customer}&apos;s miners (serial or IP)</source>
        <translation>{wanted!r} 与 {customer} 的任何矿机都不匹配（序列号或 IP）</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="42"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="77"/>
        <location filename="../../services/validation.py" line="86"/>
        <source>must be at most {max_length} characters</source>
        <translation>最多 {max_length} 个字符</translation>
    </message>
    <message>
        <location filename="../../services/billing/contract_terms.py" line="177"/>
        <location filename="../../services/validation.py" line="102"/>
        <source>must be between {low} and {high}</source>
        <translation>必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="107"/>
        <source>at most {places} decimal places</source>
        <translation>最多 {places} 位小数</translation>
    </message>
    <message>
        <location filename="../../services/validation.py" line="121"/>
        <source>must be between {low:g} and {high:g}</source>
        <translation>必须在 {low:g} 到 {high:g} 之间</translation>
    </message>
    <message>
        <location filename="../../services/calculator/resolution.py" line="78"/>
        <source>choose a catalogue model, or give both hashrate_ths and power_w</source>
        <translation>请选择目录中的型号，或同时提供 hashrate_ths 和 power_w</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="82"/>
        <location filename="../../commands/alerts.py" line="161"/>
        <location filename="../../commands/site.py" line="222"/>
        <source>no site named {site!r}</source>
        <translation>没有名为 {site!r} 的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="87"/>
        <source>{interval:g} s: must be more than 0</source>
        <translation>{interval:g} 秒：必须大于 0</translation>
    </message>
    <message>
        <location filename="../../commands/agent.py" line="91"/>
        <source>{lease:g} s: at least 1 s</source>
        <translation>{lease:g} 秒：至少 1 秒</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="142"/>
        <source>{text!r} is not an alert id (see alerts list)</source>
        <translation>{text!r} 不是告警 ID（参见 alerts list）</translation>
    </message>
    <message>
        <location filename="../../commands/alerts.py" line="210"/>
        <source>must be above 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="65"/>
        <source>no such file: {source}</source>
        <translation>文件不存在：{source}</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="68"/>
        <source>{name}: the result is written as .xlsx or .csv</source>
        <translation>{name}：结果只能写为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="71"/>
        <source>no such folder: {parent}</source>
        <translation>文件夹不存在：{parent}</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="73"/>
        <source>is the fleet file itself; choose another name</source>
        <translation>与机群文件本身相同；请另选名称</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="131"/>
        <source>{name} has a header but no fleet rows</source>
        <translation>{name} 有标题行但没有机群数据行</translation>
    </message>
    <message>
        <location filename="../../commands/batch.py" line="147"/>
        <source>cannot write {out}: {value}</source>
        <translation>无法写入 {out}：{value}</translation>
    </message>
    <message>
        <location filename="../../commands/billing.py" line="119"/>
        <source>no such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <location filename="../../commands/calc.py" line="210"/>
        <source>a custom machine needs --power-w with --hashrate-ths</source>
        <translation>自定义机器需要同时提供 --power-w 和 --hashrate-ths</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="118"/>
        <source>no miner named {text!r} (by name, IP address or id) in your sites</source>
        <translation>您的矿场中没有名为 {text!r} 的矿机（按名称、IP 地址或 ID）</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="128"/>
        <source>{text} is at several sites ({names}): name one by its id</source>
        <translation>{text} 位于多个矿场（{names}）：请用 ID 指定其中一个</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="159"/>
        <source>give the password to store (--pool-password-stdin)</source>
        <translation>请提供要保存的密码（--pool-password-stdin）</translation>
    </message>
    <message>
        <location filename="../../commands/control.py" line="186"/>
        <source>must be a positive number of watts</source>
        <translation>必须是正的瓦数</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="53"/>
        <location filename="../../commands/user.py" line="314"/>
        <source>no site named {name!r}</source>
        <translation>没有名为 {name!r} 的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="68"/>
        <source>no plan {text!r}</source>
        <translation>没有计划 {text!r}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="70"/>
        <source>{text!r} names several plans</source>
        <translation>{text!r} 对应多个计划</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="85"/>
        <source>no miner named {value!r} at that site</source>
        <translation>该矿场没有名为 {value!r} 的矿机</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="104"/>
        <source>no customer named {value!r} (want NAME=PCT)</source>
        <translation>没有名为 {value!r} 的客户（格式应为 NAME=PCT）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="111"/>
        <source>{spec!r}: PCT must be a number</source>
        <translation>{spec!r}：PCT 必须是数字</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="130"/>
        <source>no feed named {name!r} at {site} ({known})</source>
        <translation>{site} 没有名为 {name!r} 的回路（{known}）</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_names.py" line="138"/>
        <source>feed {name!r} is given twice</source>
        <translation>回路 {name!r} 重复给出</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_trigger.py" line="73"/>
        <source>only with --price-above</source>
        <translation>仅可与 --price-above 一起使用</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_trigger.py" line="79"/>
        <source>{value} is in the past</source>
        <translation>{value} 已过去</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="156"/>
        <source>must be a number ≥ 0, not {value}</source>
        <translation>必须是 ≥ 0 的数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="163"/>
        <source>must be a number of TH/s ≥ 0, not {switch_cost}</source>
        <translation>必须是 ≥ 0 的 TH/s 数值，而不是 {switch_cost}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="170"/>
        <source>must be more than 0 seconds, not {time_limit}</source>
        <translation>必须大于 0 秒，而不是 {time_limit}</translation>
    </message>
    <message>
        <location filename="../../commands/curtail_solve.py" line="176"/>
        <source>the revenue strategy needs the hashprice</source>
        <translation>收入策略需要算力价格</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="61"/>
        <source>only with --add</source>
        <translation>仅可与 --add 一起使用</translation>
    </message>
    <message>
        <location filename="../../commands/discover.py" line="70"/>
        <source>no site named {site!r} that you may add miners to</source>
        <translation>没有名为 {site!r} 且您可向其添加矿机的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="233"/>
        <source>{date!r} is not a date (YYYY-MM-DD)</source>
        <translation>{date!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../commands/invoice.py" line="344"/>
        <source>{proposal!r} is not a proposal id</source>
        <translation>{proposal!r} 不是提议 ID</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="116"/>
        <source>name the site</source>
        <translation>请指定矿场</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="118"/>
        <source>no site you may change: add one first</source>
        <translation>没有您可更改的矿场：请先添加</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="126"/>
        <source>no site named {name!r} that you may change</source>
        <translation>没有名为 {name!r} 且您可修改的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="128"/>
        <source>no site named {name!r} that you may see</source>
        <translation>没有名为 {name!r} 且您可查看的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="143"/>
        <source>no customer named {name!r} (add one with: customer add NAME)</source>
        <translation>没有名为 {name!r} 的客户（可用 customer add NAME 添加）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="245"/>
        <source>{text!r} is not a date (2026-12-01 or 2026-12-01T08:00)</source>
        <translation>{text!r} 不是日期（2026-12-01 或 2026-12-01T08:00）</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="261"/>
        <source>names one miner; {n_rows} were given</source>
        <translation>只能指定一台矿机；实际给出了 {n_rows} 台</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="264"/>
        <source>only with --customer or --no-customer</source>
        <translation>仅可与 --customer 或 --no-customer 一起使用</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="271"/>
        <source>say what to set: --customer, --no-customer, --name, --feed, --rack or --position</source>
        <translation>请说明要设置的内容：--customer、--no-customer、--name、--feed、--rack 或 --position</translation>
    </message>
    <message>
        <location filename="../../commands/miner.py" line="291"/>
        <source>the miners&apos; sites are in different time zones: give a time and offset</source>
        <translation>这些矿机所在矿场的时区不同：请给出时间和时区偏移</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="138"/>
        <source>not given: use --secret-stdin or run in a terminal</source>
        <translation>未提供：请使用 --secret-stdin 或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="186"/>
        <source>no channel named {name!r} (notify channel list shows them)</source>
        <translation>没有名为 {name!r} 的渠道（notify channel list 可列出渠道）</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="272"/>
        <source>no rule named {name!r}</source>
        <translation>没有名为 {name!r} 的规则</translation>
    </message>
    <message>
        <location filename="../../commands/notify.py" line="281"/>
        <source>no site named {value}</source>
        <translation>没有名为 {value} 的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="79"/>
        <source>{spec!r}: the port must be a number from 1 to 65535</source>
        <translation>{spec!r}：端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="123"/>
        <source>cannot read {path}: {strerror}</source>
        <translation>无法读取 {path}：{strerror}</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="135"/>
        <source>{spec!r} is not a CIDR range</source>
        <translation>{spec!r} 不是 CIDR 范围</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="141"/>
        <source>{spec} has {num_addresses:,} addresses; at most a /16</source>
        <translation>{spec} 有 {num_addresses:,} 个地址；最大为 /16</translation>
    </message>
    <message>
        <location filename="../../commands/poll.py" line="153"/>
        <source>{n_targets:,} targets is too many for one poll</source>
        <translation>一次轮询 {n_targets:,} 个目标太多</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="108"/>
        <location filename="../../services/analytics/series_file.py" line="65"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="114"/>
        <source>{text!r}: a whole number of kW between 0 and {MAX_CAPACITY_KW:,}</source>
        <translation>{text!r}：应为 0 到 {MAX_CAPACITY_KW:,} 之间的整数 kW</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="178"/>
        <source>no site named {site!r} that you may see</source>
        <translation>没有您可见的名为 {site!r} 的矿场</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="237"/>
        <source>give the password on standard input (never on the command line)</source>
        <translation>请通过标准输入提供密码（切勿写在命令行中）</translation>
    </message>
    <message>
        <location filename="../../commands/site.py" line="242"/>
        <location filename="../../commands/user.py" line="107"/>
        <source>the password read from standard input is empty</source>
        <translation>从标准输入读取的密码为空</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="84"/>
        <source>is not base64</source>
        <translation>不是 base64</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="87"/>
        <source>is not an Ed25519 public key (32 bytes)</source>
        <translation>不是 Ed25519 公钥（32 字节）</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="103"/>
        <source>cannot read {report}: {strerror}</source>
        <translation>无法读取 {report}：{strerror}</translation>
    </message>
    <message>
        <location filename="../../commands/sla.py" line="112"/>
        <source>{report}: {error}</source>
        <translation>{report}：{error}</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="87"/>
        <source>give the working hours, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>请提供工作时间，例如 &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="97"/>
        <source>{spec!r}: write days then hours, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>{spec!r}：先写日期再写时间，例如 &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="108"/>
        <source>{spec!r}: {value!r} is not a span like 09:00-17:00</source>
        <translation>{spec!r}：{value!r} 不是类似 09:00-17:00 的时间段</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="127"/>
        <source>{spec!r} is not a date (YYYY-MM-DD[=name])</source>
        <translation>{spec!r} 不是日期（YYYY-MM-DD[=name]）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="145"/>
        <source>{spec!r}: write PRIORITY=RESPONSE/RESOLUTION in minutes</source>
        <translation>{spec!r}：请写成 PRIORITY=RESPONSE/RESOLUTION（分钟）</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="148"/>
        <source>give at least one, e.g. normal=60/480</source>
        <translation>请至少提供一个，例如 normal=60/480</translation>
    </message>
    <message>
        <location filename="../../commands/ticket_sla.py" line="207"/>
        <source>no business calendar named {calendar!r}</source>
        <translation>没有名为 {calendar!r} 的工作日历</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="116"/>
        <source>no terminal to ask it: give it on standard input (--password-stdin)</source>
        <translation>没有可询问的终端：请通过标准输入提供（--password-stdin）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="119"/>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="231"/>
        <source>say what to change: --email ADDRESS and/or --display-name TEXT</source>
        <translation>请说明要修改的内容：--email ADDRESS 和/或 --display-name TEXT</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="293"/>
        <source>there are no users yet: the first account must be the owner (--role owner)</source>
        <translation>尚无用户：第一个账户必须是所有者（--role owner）</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="299"/>
        <source>users exist already: say who adds this one with --as ADMIN</source>
        <translation>已存在用户：请用 --as ADMIN 说明由谁添加</translation>
    </message>
    <message>
        <location filename="../../commands/user.py" line="324"/>
        <source>no customer account named {customer!r}</source>
        <translation>没有名为 {customer!r} 的客户账户</translation>
    </message>
    <message>
        <location filename="../../services/crm/scope.py" line="45"/>
        <source>That {entity} does not exist (it may have been deleted).</source>
        <translation>该{entity}不存在（可能已被删除）。</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/series.py" line="174"/>
        <source>miner</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../services/calculator/batch.py" line="63"/>
        <source>Batch calculation cancelled after {done:,} of {total:,} rows.</source>
        <translation>批量计算已在 {done:,} / {total:,} 行后取消。</translation>
    </message>
    <message>
        <location filename="../../services/market_data/quantities.py" line="109"/>
        <source>offline, so no provider was asked, and no earlier value is stored</source>
        <translation>处于离线状态，未询问任何提供方，也没有保存的历史值</translation>
    </message>
    <message>
        <location filename="../../services/market_data/quantities.py" line="111"/>
        <source>{name} failed: {reason}</source>
        <translation>{name} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/quantities.py" line="115"/>
        <source>{asked}; and no earlier value is stored</source>
        <translation>{asked}；且没有保存的历史值</translation>
    </message>
    <message>
        <location filename="../../services/market_data/quantities.py" line="117"/>
        <source>no provider could be asked for it and no earlier value is stored</source>
        <translation>无法向任何提供方查询，且没有保存的历史值</translation>
    </message>
    <message>
        <location filename="../../services/market_data/quantities.py" line="122"/>
        <source>No {names} available: {reason}. Pass {flags} to give the value by hand.</source>
        <translation>没有可用的{names}：{reason}。请用 {flags} 手动提供数值。</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="122"/>
        <source>must be at least 1</source>
        <translation>必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../services/languages.py" line="37"/>
        <source>unknown language {code!r} (choose {english} or {chinese})</source>
        <translation>未知语言 {code!r}（请选择 {english} 或 {chinese}）</translation>
    </message>
    <message>
        <location filename="../../services/crm/customer_import.py" line="66"/>
        <source>{name} already exists</source>
        <translation>{name} 已存在</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="158"/>
        <source>must be more than 0 seconds, not {value}</source>
        <translation>必须大于 0 秒，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="205"/>
        <source>{piece!r} is not KEY=VALUE (no thousands separators in values)</source>
        <translation>{piece!r} 不是 KEY=VALUE 格式（值中不能有千位分隔符）</translation>
    </message>
    <message>
        <location filename="../../commands/analytics.py" line="208"/>
        <source>{key} is given twice</source>
        <translation>{key} 重复给出</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="73"/>
        <source>must be a finite number, not {value}</source>
        <translation>必须是有限数字，而不是 {value}</translation>
    </message>
    <message>
        <location filename="../../commands/analytics_market.py" line="96"/>
        <source>values are whole numbers 0-100, not {value:g}</source>
        <translation>值必须是 0-100 的整数，而不是 {value:g}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/explain.py" line="117"/>
        <source>not an input; the inputs are {inputs}</source>
        <translation>不是输入项；输入项为 {inputs}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/explain.py" line="132"/>
        <source>a value is required</source>
        <translation>必须填写数值</translation>
    </message>
    <message>
        <location filename="../../services/analytics/fleet_history.py" line="91"/>
        <source>{end} is before {start}</source>
        <translation>{end} 早于 {start}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="179"/>
        <source>must be a whole number of days from 1 to 365, not {days}</source>
        <translation>必须是 1 到 365 之间的整数天数，而不是 {days}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="182"/>
        <source>a forecast needs at least {least} days of data, the file has {days}</source>
        <translation>预测至少需要 {least} 天的数据，该文件只有 {days} 天</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="185"/>
        <source>the logarithm needs every value above 0</source>
        <translation>取对数要求所有值都大于 0</translation>
    </message>
    <message>
        <location filename="../../services/analytics/history_import.py" line="68"/>
        <source>{text!r} has a time of day; a history file has one row per day</source>
        <translation>{text!r} 含有时刻；历史文件每天一行</translation>
    </message>
    <message>
        <location filename="../../services/analytics/history_import.py" line="96"/>
        <source>{value:g} is below the bar&apos;s open or close</source>
        <translation>{value:g} 低于该 K 线的开盘价或收盘价</translation>
    </message>
    <message>
        <location filename="../../services/analytics/history_import.py" line="98"/>
        <source>{value:g} is above the bar&apos;s open or close</source>
        <translation>{value:g} 高于该 K 线的开盘价或收盘价</translation>
    </message>
    <message>
        <location filename="../../services/analytics/history_import.py" line="102"/>
        <source>; nothing was imported</source>
        <translation>；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../services/analytics/replay.py" line="85"/>
        <source>the history has no day between {start} and {end}</source>
        <translation>历史数据中 {start} 到 {end} 之间没有任何一天</translation>
    </message>
    <message>
        <location filename="../../commands/option_names.py" line="26"/>
        <source>{message} {unit}</source>
        <translation>{message} {unit}</translation>
    </message>
    <message>
        <location filename="../../commands/acting_user.py" line="44"/>
        <source>no password for {username}: set {PASSWORD_ENV} or run in a terminal</source>
        <translation>{username} 没有密码：请设置 {PASSWORD_ENV} 或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../services/billing/rollup_usage.py" line="220"/>
        <source>miner {miner_id} has roll-ups in {start:%Y-%m-%d}..{end:%Y-%m-%d} written before billing kept exact usage in them (schema 0020): the database cannot bill this period to the cent; bill it with `billing draft` from a usage file</source>
        <translation>矿机 {miner_id} 在 {start:%Y-%m-%d}..{end:%Y-%m-%d} 的汇总写于计费开始保存精确用量之前（架构 0020）：数据库无法将此期间精确计费到分；请用 `billing draft` 从用量文件计费</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/command_log.py" line="277"/>
        <source>another executor holds {value} now (this run&apos;s epoch {value2} is stale); it sent nothing more</source>
        <translation>另一个执行者现在持有 {value}（本次运行的任期 {value2} 已过时）；未再发送任何命令</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor_lease.py" line="119"/>
        <source>Plan {name!r} is being run by {holder}; nothing was sent. Stop it with &apos;curtail stop&apos; or wait for it to finish.</source>
        <translation>计划 {name!r} 正由 {holder} 运行；未发送任何命令。请用 &apos;curtail stop&apos; 停止，或等待其完成。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor_lease.py" line="165"/>
        <source>this executor lost the plan or its site (its lease expired or another executor took over); it sent nothing more</source>
        <translation>此执行者已失去该计划或其矿场（租约已过期或已由另一个执行者接管）；未再发送任何命令</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/executor_lease.py" line="219"/>
        <source>lost its site&apos;s executor role before it began</source>
        <translation>开始之前已失去其矿场的执行者角色</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_guard.py" line="73"/>
        <source>A plan is already executing at site {site_label} in this console; wait for it to finish.</source>
        <translation>本控制台已有计划正在矿场 {site_label} 执行；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/site_guard.py" line="95"/>
        <source>Another console is executing a plan at site {site_label} ({holder}); wait for it to finish (or for that console to close: its lease then runs out).</source>
        <translation>另一个控制台正在矿场 {site_label} 执行计划（{holder}）；请等待其完成（或等待该控制台关闭：届时其租约将到期）。</translation>
    </message>
    <message>
        <location filename="../../services/fleet/miner_refs.py" line="43"/>
        <source>{missing} of the chosen miners no longer exist (removed by someone else); nothing was changed.</source>
        <translation>所选矿机中有 {missing} 台已不存在（已被他人移除）；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="43"/>
        <source>{path} is empty, not a HashInsight database: run `hashinsight-desktop db init` to make it one, or check the database URL</source>
        <translation>{path} 为空，不是 HashInsight 数据库：请运行 `hashinsight-desktop db init` 将其初始化，或检查数据库 URL</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="52"/>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="54"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="56"/>
        <source>no database at {path} ({why}): check the database URL, or create a new database with `hashinsight-desktop db init`</source>
        <translation>{path} 处没有数据库（{why}）：请检查数据库 URL，或用 `hashinsight-desktop db init` 创建新数据库</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="144"/>
        <source>no password given for database {database}: not opened</source>
        <translation>未提供数据库 {database} 的密码：未打开</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="169"/>
        <source>cannot open database {database}: {error}</source>
        <translation>无法打开数据库 {database}：{error}</translation>
    </message>
    <message>
        <location filename="../../services/database.py" line="173"/>
        <source>database {database} refused the request: {error}</source>
        <translation>数据库 {database} 拒绝了请求：{error}</translation>
    </message>
    <message>
        <location filename="../../services/secret_store.py" line="34"/>
        <source>no secure keyring on this computer (found {found}): {hint}</source>
        <translation>这台计算机没有安全的密钥环（找到 {found}）：{hint}</translation>
    </message>
    <message>
        <location filename="../../services/secret_store.py" line="42"/>
        <source>install or unlock the system keyring (Secret Service: GNOME Keyring or KWallet; macOS Keychain; Windows Credential Manager)</source>
        <translation>请安装或解锁系统密钥环（Secret Service：GNOME Keyring 或 KWallet；macOS 钥匙串；Windows 凭据管理器）</translation>
    </message>
    <message>
        <location filename="../../services/secret_store.py" line="148"/>
        <source>cannot read secret {key!r} from the keyring: {error}</source>
        <translation>无法从密钥环读取密钥信息 {key!r}：{error}</translation>
    </message>
    <message>
        <location filename="../../services/secret_store.py" line="159"/>
        <source>cannot store secret {key!r} in the keyring: {error}</source>
        <translation>无法将密钥信息 {key!r} 保存到密钥环：{error}</translation>
    </message>
    <message>
        <location filename="../../services/secret_store.py" line="172"/>
        <source>cannot delete secret {key!r} from the keyring: {error}</source>
        <translation>无法从密钥环删除密钥信息 {key!r}：{error}</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="50"/>
        <source>settings file is from a newer version (schema {version}); this program reads up to {newest}</source>
        <translation>设置文件来自更新的版本（架构 {version}）；本程序最高可读取 {newest}</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="68"/>
        <source>cannot read settings file {path}: {error}</source>
        <translation>无法读取设置文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../services/settings.py" line="72"/>
        <source>settings file {path} is not a JSON object</source>
        <translation>设置文件 {path} 不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="196"/>
        <location filename="../../ui/admin/user_dialog.py" line="256"/>
        <source>does not match the password</source>
        <translation>与密码不一致</translation>
    </message>
    <message>
        <location filename="../../workers/curtailment_runner.py" line="265"/>
        <source>A plan is already executing at site {site} in this console; wait for it to finish.</source>
        <translation>本控制台已有计划正在矿场 {site} 执行；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../demo.py" line="90"/>
        <source>demo: every loopback range it can use ({first} to {last}) is taken by other processes (demos or simulators still running?): stop some of them and start the demo again</source>
        <translation>演示：可用的所有回环地址段（{first} 到 {last}）都已被其他进程占用（演示或模拟器仍在运行？）：请停止其中一些后再启动演示</translation>
    </message>
</context>
<context>
    <name>ExecutionPanel</name>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="83"/>
        <source>{b}: waiting</source>
        <translation>{b}：等待中</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="83"/>
        <source>{b}: not sent</source>
        <translation>{b}：未发送</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="85"/>
        <source>{b}: {c} of {n} confirmed</source>
        <translation>{b}：{n} 台中已确认 {c} 台</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="90"/>
        <source>{n} awaiting</source>
        <translation>{n} 台等待中</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="92"/>
        <source>{n} not confirmed</source>
        <translation>{n} 台未确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="94"/>
        <source>Batches — </source>
        <translation>批次 — </translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="100"/>
        <source>power before {p0} · target ≤ {target} · measured {now}</source>
        <translation>执行前功率 {p0} · 目标 ≤ {target} · 实测 {now}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="103"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="106"/>
        <source>Target reached: </source>
        <translation>已达目标：</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="108"/>
        <source>Short by {short}: </source>
        <translation>差 {short}：</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="110"/>
        <source> (tolerance {tol})</source>
        <translation> （容差 {tol}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="122"/>
        <source>no reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="123"/>
        <source>{miner} ({host}): {measured} on a {level} level</source>
        <translation>{miner}（{host}）：{measured}，档位为 {level}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="133"/>
        <source>Fell short ({n}): </source>
        <translation>未达标（{n}）：</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="135"/>
        <source> … and {n} more</source>
        <translation> … 另有 {n} 台</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="145"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="145"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="170"/>
        <source>{confirmed} of {total} miners confirmed back at full power</source>
        <translation>{total} 台矿机中 {confirmed} 台已确认恢复满功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="172"/>
        <source>{confirmed} of {total} miners confirmed at their level</source>
        <translation>{total} 台矿机中 {confirmed} 台已确认达到档位</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="178"/>
        <source> · {n} commands</source>
        <translation> · {n} 条命令</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="179"/>
        <source> ({n} re-sent)</source>
        <translation> （重发 {n} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="181"/>
        <source> · sent in {send} s, reconciled in {confirm} s</source>
        <translation> · 发送用时 {send} 秒，核对用时 {confirm} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="185"/>
        <source> · resumed after an interruption</source>
        <translation> · 中断后已继续</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="196"/>
        <source>Execution: {report}</source>
        <translation>执行：{report}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="199"/>
        <source>Recovery: {report}</source>
        <translation>恢复：{report}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="233"/>
        <source>No plan opened</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="237"/>
        <location filename="../../ui/curtailment/execution_panel.py" line="318"/>
        <source>Double-click a plan in History, or save a preview, to follow it here.</source>
        <translation>在“历史”中双击计划或保存预览，即可在此跟踪。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="244"/>
        <source>Shedding</source>
        <translation>削减负荷</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="249"/>
        <source>Recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="259"/>
        <source>Shed the rest…</source>
        <translation>削减剩余部分…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="263"/>
        <source>Open the plan form for a follow-up plan at this site that sheds what this run fell short by; it is previewed first, and nothing is sent until it is saved, approved and executed</source>
        <translation>为此矿场打开后续计划表单，以削减本次执行未达到的部分；计划会先预览，在保存、批准并执行之前不会发送任何命令</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="281"/>
        <source>Filter miners (name, host, state, detail)</source>
        <translation>筛选矿机（名称、主机、状态、详情）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="317"/>
        <source>&lt;b&gt;No plan opened&lt;/b&gt;</source>
        <translation>&lt;b&gt;未打开计划&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="330"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; at {site} — {state}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（{site}）— {state}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="336"/>
        <source>target {target} kW, planned shed {shed} kW, lost {lost} TH/s</source>
        <translation>目标 {target} kW，计划削减 {shed} kW，损失 {lost} TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="339"/>
        <source>{count} miners</source>
        <translation>{count} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="340"/>
        <source>{strategy} strategy</source>
        <translation>{strategy} 策略</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="341"/>
        <source>created {when} by {who}</source>
        <translation>{who} 创建于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="344"/>
        <source>approved by {who}</source>
        <translation>由 {who} 批准</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="348"/>
        <source>starts {when}</source>
        <translation>开始于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="350"/>
        <source>executed {when}</source>
        <translation>执行于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="352"/>
        <source>no automatic recovery after a stop: Recover now brings the miners back</source>
        <translation>停止后不会自动恢复：“立即恢复”可让矿机恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="354"/>
        <source>recovers at {when}</source>
        <translation>于 {when} 恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="356"/>
        <source>recovers {hours} h after execution</source>
        <translation>执行 {hours} 小时后恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="358"/>
        <source>manual recovery</source>
        <translation>手动恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="360"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="360"/>
        <source>recovers </source>
        <translation>恢复条件 </translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="363"/>
        <source>finished {when}</source>
        <translation>完成于 {when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="384"/>
        <source>● live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="421"/>
        <source>Stop requested by {who}: the run halts once the commands in flight are answered.</source>
        <translation>{who} 已请求停止：进行中的命令得到应答后，执行将停止。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="424"/>
        <source>Running: the result appears here once every command has been reconciled.</source>
        <translation>运行中：所有命令核对完成后，结果将显示在此处。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="426"/>
        <source>Not executed yet: nothing has been sent to the miners.</source>
        <translation>尚未执行：未向矿机发送任何命令。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="428"/>
        <source>Cancelled: nothing was sent to the miners.</source>
        <translation>已取消：未向矿机发送任何命令。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="449"/>
        <source>Recovery stopped by {who}: {back} of {n} miners confirmed back at full power, {other} sent a command, {unsent} still curtailed and not sent. Recover now resumes the recovery.</source>
        <translation>恢复已被 {who} 停止：{n} 台矿机中 {back} 台已确认恢复满功率，{other} 台已发送命令，{unsent} 台仍在限电且未发送。“立即恢复”可继续恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="459"/>
        <source>Stopped by {who}</source>
        <translation>已被 {who} 停止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="459"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="461"/>
        <source> at {when}</source>
        <translation> （{when}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="463"/>
        <source>{n} miners confirmed at their level</source>
        <translation>{n} 台矿机已确认达到档位</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="466"/>
        <source>{n} accepted but not confirmed</source>
        <translation>{n} 台已接受但未确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="468"/>
        <source>{n} sent without effect</source>
        <translation>{n} 台已发送但无效果</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="469"/>
        <source>{n} never sent</source>
        <translation>{n} 台从未发送</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="473"/>
        <source>Recover now brings the {n} miners that were sent a command back to full power.</source>
        <translation>“立即恢复”将使已发送命令的 {n} 台矿机恢复满功率。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="477"/>
        <source>No miner was changed: nothing to recover.</source>
        <translation>没有矿机被更改：无需恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="484"/>
        <source>{n} miners</source>
        <translation>{n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/execution_panel.py" line="486"/>
        <source>showing {shown} of {total} miners</source>
        <translation>显示 {shown} / {total} 台矿机</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="9"/>
        <source>BTC price rose {pct} %: {amount}/day</source>
        <translation>BTC 价格上涨 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="10"/>
        <source>BTC price fell {pct} %: {amount}/day</source>
        <translation>BTC 价格下跌 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="11"/>
        <source>Difficulty rose {pct} %: {amount}/day</source>
        <translation>难度上升 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="12"/>
        <source>Difficulty fell {pct} %: {amount}/day</source>
        <translation>难度下降 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="13"/>
        <source>Block subsidy went from {before} to {after} BTC: {amount}/day</source>
        <translation>区块补贴从 {before} 变为 {after} BTC：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="14"/>
        <source>Fees per block rose {pct} %: {amount}/day</source>
        <translation>每区块手续费上涨 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="15"/>
        <source>Fees per block fell {pct} %: {amount}/day</source>
        <translation>每区块手续费下降 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="16"/>
        <source>Fees per block went from {before} to {after} BTC: {amount}/day</source>
        <translation>每区块手续费从 {before} 变为 {after} BTC：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="17"/>
        <source>Hashrate rose {pct} %: {amount}/day</source>
        <translation>算力上升 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="18"/>
        <source>Hashrate fell {pct} %: {amount}/day</source>
        <translation>算力下降 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="19"/>
        <source>Uptime went from {before} % to {after} %: {amount}/day</source>
        <translation>在线率从 {before} % 变为 {after} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="20"/>
        <source>Power draw rose {pct} %: {amount}/day</source>
        <translation>耗电功率上升 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="21"/>
        <source>Power draw fell {pct} %: {amount}/day</source>
        <translation>耗电功率下降 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="22"/>
        <source>Electricity price rose {pct} %: {amount}/day</source>
        <translation>电价上涨 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="23"/>
        <source>Electricity price fell {pct} %: {amount}/day</source>
        <translation>电价下降 {pct} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="24"/>
        <source>Electricity price went from {before} to {after} $/kWh: {amount}/day</source>
        <translation>电价从 {before} 变为 {after} $/kWh：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="25"/>
        <source>Pool fee went from {before} % to {after} %: {amount}/day</source>
        <translation>矿池费从 {before} % 变为 {after} %：{amount}/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="31"/>
        <source>BTC price (USD)</source>
        <translation>BTC 价格 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="32"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="33"/>
        <source>Block height (subsidy)</source>
        <translation>区块高度（补贴）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="34"/>
        <source>Fees per block (BTC)</source>
        <translation>每区块手续费 (BTC)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="35"/>
        <source>Hashrate (TH/s)</source>
        <translation>算力 (TH/s)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="36"/>
        <source>Uptime (%)</source>
        <translation>在线率 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="37"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="38"/>
        <source>Electricity ($/kWh)</source>
        <translation>电价 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_strings.py" line="39"/>
        <source>Pool fee (%)</source>
        <translation>矿池费 (%)</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="47"/>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="48"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="49"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="57"/>
        <source>&amp;Explain</source>
        <translation>解释(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="102"/>
        <source>{input}, before</source>
        <translation>{input}（之前）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="104"/>
        <source>{input}, after</source>
        <translation>{input}（之后）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="115"/>
        <source>Profit {before} → {after} USD/day: change {change} USD/day</source>
        <translation>利润 {before} → {after} USD/天：变化 {change} USD/天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="123"/>
        <source>Nothing changed between the two columns.</source>
        <translation>两列之间没有变化。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/explain_panel.py" line="133"/>
        <source>Part of the change (USD/day)</source>
        <translation>变化分解 (USD/天)</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="59"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="60"/>
        <source>Save data…</source>
        <translation>保存数据…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="79"/>
        <source>Save image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="79"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="86"/>
        <source>Save data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="86"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/chart_export.py" line="95"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FeedAssignment</name>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="42"/>
        <source>Power feed…</source>
        <translation>供电回路…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="43"/>
        <location filename="../../ui/fleet/feed_assignment.py" line="65"/>
        <source>Power feed</source>
        <translation>供电回路</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="51"/>
        <source>Put the selected miners on a power feed of their site (curtailment can limit what each feed sheds)</source>
        <translation>将所选矿机分配到其矿场的某个供电回路（限电可限制每个回路的削减量）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="54"/>
        <source>Your role (%1) may not change miners</source>
        <translation>您的角色（%1）无权更改矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="65"/>
        <source>Select miners of one site: feeds belong to a site.</source>
        <translation>请选择同一矿场的矿机：供电回路属于矿场。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/feed_assignment.py" line="113"/>
        <location filename="../../ui/fleet/feed_assignment.py" line="120"/>
        <source>Power feed not changed</source>
        <translation>供电回路未更改</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="133"/>
        <source>Power feed</source>
        <translation>供电回路</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="135"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="138"/>
        <source>New feed…</source>
        <translation>新建回路…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="142"/>
        <source>the new feed&apos;s name</source>
        <translation>新回路的名称</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="143"/>
        <source>Feed of the %1 at %2:</source>
        <translation>%2 的%1的供电回路：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="144"/>
        <source>New feed:</source>
        <translation>新回路：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="145"/>
        <source>Curtailment plans can limit what each feed sheds.</source>
        <translation>限电计划可限制每个回路的削减量。</translation>
    </message>
</context>
<context>
    <name>FeedLimitsModel</name>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="67"/>
        <source>no limit</source>
        <translation>无限值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="105"/>
        <source>{name}: {limit} is not a number of kW</source>
        <translation>{name}：{limit} 不是 kW 数值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/feed_limits.py" line="112"/>
        <source>{name}: a limit cannot be negative (0: shed nothing there)</source>
        <translation>{name}：限值不能为负数（0：该回路不削减）</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <location filename="../../ui/crm/file_import.py" line="46"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/file_import.py" line="66"/>
        <location filename="../../ui/crm/file_import.py" line="70"/>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="60"/>
        <source>HashInsight Desktop — first start</source>
        <translation>HashInsight Desktop — 首次启动</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="122"/>
        <source>Start the demo farm: 240 simulated miners and a database of their own.</source>
        <translation>启动演示矿场：240 台模拟矿机，使用独立数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="123"/>
        <source>Nothing is remembered: the next start shows this wizard again (or start with --demo).</source>
        <translation>不会保存任何设置：下次启动时将再次显示此向导（或使用 --demo 启动）。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="126"/>
        <source>Create a new database: {path}</source>
        <translation>创建新数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="131"/>
        <source>Use the PostgreSQL database {where}, TLS verified against {ca}.</source>
        <translation>使用 PostgreSQL 数据库 {where}，TLS 按 {ca} 验证。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="135"/>
        <source>Use the PostgreSQL database {where}.</source>
        <translation>使用 PostgreSQL 数据库 {where}。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="140"/>
        <source>Store its password in the OS keyring.</source>
        <translation>将其密码保存在操作系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="142"/>
        <source>Ask for its password at each start (this computer has no keyring).</source>
        <translation>每次启动时询问其密码（这台计算机没有密钥环）。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="146"/>
        <source>Create the owner account {username}.</source>
        <translation>创建所有者账户 {username}。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="150"/>
        <source>Create the site {name} (time zone {timezone}, power {price} USD/kWh).</source>
        <translation>创建矿场 {name}（时区 {timezone}，电价 {price} USD/kWh）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/first_run/wizard.py" line="155"/>
        <source>Add %n miners found by the scan to it.</source>
        <translation>
            <numerusform>将扫描发现的 %n 台矿机添加到该矿场。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="157"/>
        <source>Add no miners yet (none found or ticked): the Fleet tab&apos;s Discover adds them later.</source>
        <translation>暂不添加矿机（未发现或未勾选）：稍后可在“机群”标签页中通过“发现矿机”添加。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="161"/>
        <source>Remember this database in {path}: the next start asks for a login.</source>
        <translation>在 {path} 中记住此数据库：下次启动时将要求登录。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="166"/>
        <source>Then log in with your account on that database.</source>
        <translation>然后使用您在该数据库上的账户登录。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="187"/>
        <source>Nothing was kept: {error}</source>
        <translation>未保存任何内容：{error}</translation>
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
        <translation>文件
{0}
为空，不是 HashInsight 数据库。

将其设为新的空数据库？</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="22"/>
        <source>There is no database at
{0}

Create a new, empty database there?</source>
        <translation>以下位置没有数据库：
{0}

在此创建新的空数据库？</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="27"/>
        <source>The folder {0} does not exist either; it would be created.</source>
        <translation>文件夹 {0} 也不存在；将会创建该文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="32"/>
        <source>If the path is mistyped, choose No and start again with the right database URL.</source>
        <translation>如果路径输入有误，请选择“否”，并使用正确的数据库 URL 重新启动。</translation>
    </message>
    <message>
        <location filename="../../ui/first_start.py" line="38"/>
        <source>New database?</source>
        <translation>新建数据库？</translation>
    </message>
</context>
<context>
    <name>FleetChoice</name>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="51"/>
        <source>A model (typed figures)</source>
        <translation>某型号（手动输入数值）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="52"/>
        <source>My fleet (the miners I may see)</source>
        <translation>我的机群（我可见的矿机）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="57"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="58"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="67"/>
        <source>All sites</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="113"/>
        <source>at {site}</source>
        <translation>位于 {site}</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="115"/>
        <source>at all sites</source>
        <translation>位于所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="117"/>
        <source>Fleet {where}: {miners} miners: {measured} measured, {nameplate} nameplate</source>
        <translation>机群（{where}）：{miners} 台矿机：{measured} 台按实测，{nameplate} 台按铭牌</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="121"/>
        <source>, {n} left out (no telemetry and no catalogue model)</source>
        <translation>，{n} 台未计入（无遥测且无目录型号）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="124"/>
        <source>Measured: the average of {since} – {until} UTC with downtime included ({answered:.0f} % of polls answered{silent}); nameplate: the catalogue model running all day. Total {ths:,.1f} TH/s, {kw:,.2f} kW.</source>
        <translation>实测：{since} – {until} UTC 的平均值，包含停机时间（{answered:.0f} % 的轮询有应答{silent}）；铭牌：按目录型号全天运行计算。合计 {ths:,.1f} TH/s，{kw:,.2f} kW。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/fleet_choice.py" line="132"/>
        <source>; {n} never answered</source>
        <translation>；{n} 台从未应答</translation>
    </message>
</context>
<context>
    <name>FleetFiles</name>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="43"/>
        <source>Import miners…</source>
        <translation>导入矿机…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="48"/>
        <source>Add or update miners from a CSV or Excel list (ip, name, rack, position, customer, feed, model)</source>
        <translation>从 CSV 或 Excel 列表添加或更新矿机（ip, name, rack, position, customer, feed, model）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="50"/>
        <source>Your role (%1) may not add miners</source>
        <translation>您的角色（%1）无权添加矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="52"/>
        <source>Export miners…</source>
        <translation>导出矿机…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="53"/>
        <source>Write the miners the table shows to a CSV or Excel file</source>
        <translation>将表格中显示的矿机写入 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="77"/>
        <source>Import miners</source>
        <translation>导入矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="77"/>
        <source>No site yet: add one first (Admin → Sites).</source>
        <translation>尚无矿场：请先添加（管理 → 矿场）。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="90"/>
        <source>Export miners</source>
        <translation>导出矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="91"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="91"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="108"/>
        <source>Miners not exported</source>
        <translation>矿机未导出</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_files.py" line="114"/>
        <source>exported %1 miners to %2</source>
        <translation>已将 %1 台矿机导出到 %2</translation>
    </message>
</context>
<context>
    <name>FleetFormatting</name>
    <message>
        <location filename="../../ui/fleet/formatting.py" line="60"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>FleetTab</name>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="100"/>
        <source>Discover miners…</source>
        <translation>发现矿机…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="105"/>
        <source>Your role ({role}) may not add miners</source>
        <translation>您的角色（{role}）无权添加矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="107"/>
        <source>Miner logins…</source>
        <translation>矿机登录…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="121"/>
        <source>Loading the fleet…</source>
        <translation>正在加载机群…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="146"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="244"/>
        <source>Cannot read the fleet: {error}</source>
        <translation>无法读取机群：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="394"/>
        <source>The web/API login the selected site&apos;s miners take (kept in the keyring)</source>
        <translation>所选矿场矿机使用的 Web/API 登录凭据（保存在密钥环中）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="396"/>
        <source>Select a site on the left first (or right-click its card)</source>
        <translation>请先在左侧选择矿场（或右键单击其卡片）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="418"/>
        <source>No miners yet: use Discover miners… to scan your network and add them.</source>
        <translation>尚无矿机：请使用“发现矿机…”扫描网络并添加。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="420"/>
        <source>{total} miners</source>
        <translation>{total} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="422"/>
        <source>Showing {shown} of {total} miners</source>
        <translation>显示 {shown} / {total} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="425"/>
        <source> · {count} selected</source>
        <translation> · 已选 {count} 台</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="427"/>
        <source>{summary} · updated {time}</source>
        <translation>{summary} · 更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/fleet_tab.py" line="498"/>
        <source>Open detail</source>
        <translation>打开详情</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <location filename="../../services/analytics/forecast.py" line="132"/>
        <source>Intervals include the fitted parameters&apos; estimation error ({draws} draws)</source>
        <translation>区间包含拟合参数的估计误差（{draws} 次抽样）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="137"/>
        <source>Textbook ARIMA intervals: the fitted parameters&apos; estimation error is not included (it could not be estimated)</source>
        <translation>标准 ARIMA 区间：未包含拟合参数的估计误差（无法估计）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="145"/>
        <source>{note}; averaged with and without a constant (its Akaike weight {weight:.0f} %)</source>
        <translation>{note}；含常数项与不含常数项的平均（其 Akaike 权重 {weight:.0f} %）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="217"/>
        <source>order search</source>
        <translation>阶数搜索</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="243"/>
        <source>bands: the model with the constant toggled could not be fitted</source>
        <translation>区间：切换常数项后的模型无法拟合</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="250"/>
        <source>fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="253"/>
        <source>back-test</source>
        <translation>回测</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="256"/>
        <source>bands: the fitted parameters&apos; error could not be estimated (textbook ARIMA bands)</source>
        <translation>区间：无法估计拟合参数的误差（采用标准 ARIMA 区间）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="286"/>
        <source>{stage}: {warning}</source>
        <translation>{stage}：{warning}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="294"/>
        <source>{warning} (×{count})</source>
        <translation>{warning}（×{count}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="299"/>
        <source>iteration limit reached</source>
        <translation>已达迭代上限</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="300"/>
        <source>precision lost before the optimum was certain</source>
        <translation>在确定最优解之前精度丢失</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="301"/>
        <source>NaN met</source>
        <translation>遇到 NaN</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="311"/>
        <source>stopped at its time budget before visiting every neighbouring model</source>
        <translation>在遍历所有相邻模型之前已达时间预算而停止</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="317"/>
        <source>possible convergence problem: the optimiser (BFGS) gave code {code}</source>
        <translation>可能存在收敛问题：优化器 (BFGS) 返回代码 {code}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/forecast.py" line="320"/>
        <source>possible convergence problem: the optimiser (BFGS) gave code {code}, {meaning}</source>
        <translation>可能存在收敛问题：优化器 (BFGS) 返回代码 {code}，{meaning}</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="60"/>
        <source>BTC price (log)</source>
        <translation>BTC 价格（对数）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="61"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="65"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="66"/>
        <source>&amp;Forecast</source>
        <translation>预测(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="67"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="76"/>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="76"/>
        <source>Ahead:</source>
        <translation>预测天数：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="115"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation>尚无市场历史数据：请导入文件，或等待每 15 分钟一次的采集。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="137"/>
        <source>Choosing the ARIMA order and fitting {n} days…</source>
        <translation>正在选择 ARIMA 阶数并拟合 {n} 天的数据…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="142"/>
        <source>Cancelled: the fit still running in the background will be discarded.</source>
        <translation>已取消：后台仍在运行的拟合结果将被丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="180"/>
        <source>BTC (USD)</source>
        <translation>BTC (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="180"/>
        <source>Difficulty (T)</source>
        <translation>难度 (T)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="181"/>
        <source>Date (UTC)</source>
        <translation>日期 (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="198"/>
        <source>ARIMA({p},{d},{q}){drift}, AIC {aic:,.1f}</source>
        <translation>ARIMA({p},{d},{q}){drift}，AIC {aic:,.1f}</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="199"/>
        <source> with constant</source>
        <translation> 含常数项</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="201"/>
        <source>Modelled on log values</source>
        <translation>基于对数值建模</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="201"/>
        <source>Modelled on the values</source>
        <translation>基于原始值建模</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="202"/>
        <source>Fitted in {s:.2f} s ({n} models allowed)</source>
        <translation>拟合耗时 {s:.2f} 秒（允许 {n} 个模型）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="204"/>
        <source>Inner band: 80 %; outer band: 95 %</source>
        <translation>内侧区间：80 %；外侧区间：95 %</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="209"/>
        <source>Back-test: the history is too short for one window.</source>
        <translation>回测：历史数据太短，不足一个窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="212"/>
        <source>Walk-forward back-test: {w} windows, {n} forecasts</source>
        <translation>滚动回测：{w} 个窗口，{n} 次预测</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="213"/>
        <source>MAPE {m:.2f} %</source>
        <translation>MAPE {m:.2f} %</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="214"/>
        <source>80 % band held the truth {c:.0f} % of the time</source>
        <translation>80 % 区间覆盖真实值的比例为 {c:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="215"/>
        <source>95 % band held the truth {c:.0f} % of the time</source>
        <translation>95 % 区间覆盖真实值的比例为 {c:.0f} %</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="221"/>
        <source>{day}: {mean} (80 %: {lo80} – {hi80}; 95 %: {lo95} – {hi95})</source>
        <translation>{day}：{mean}（80 %：{lo80} – {hi80}；95 %：{lo95} – {hi95}）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="227"/>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="233"/>
        <source>Bands include the fitted parameters&apos; estimation error ({n} draws)</source>
        <translation>区间包含拟合参数的估计误差（{n} 次抽样）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="238"/>
        <source>Textbook ARIMA bands: the fitted parameters&apos; estimation error is not included (it could not be estimated)</source>
        <translation>标准 ARIMA 区间：未包含拟合参数的估计误差（无法估计）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/forecast_panel.py" line="244"/>
        <source>Averaged with and without a constant (its Akaike weight {w:.0f} %)</source>
        <translation>含常数项与不含常数项的平均（其 Akaike 权重 {w:.0f} %）</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="240"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="18"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="19"/>
        <source>Power to shed</source>
        <translation>削减功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="20"/>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="21"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="22"/>
        <source>Hashprice</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="23"/>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="24"/>
        <source>Ramp</source>
        <translation>爬坡速率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="25"/>
        <source>Recover after</source>
        <translation>恢复时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="26"/>
        <source>Scheduled start</source>
        <translation>定时开始</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="27"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="28"/>
        <source>Price threshold</source>
        <translation>价格阈值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="29"/>
        <source>For at least</source>
        <translation>持续至少</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="30"/>
        <source>Hysteresis</source>
        <translation>回差</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="31"/>
        <source>Power presets</source>
        <translation>功率档位</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="32"/>
        <source>Sleep power</source>
        <translation>休眠功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="33"/>
        <source>Anti-flap</source>
        <translation>防抖动</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="34"/>
        <source>Customer caps</source>
        <translation>客户上限</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="35"/>
        <source>Feed limits</source>
        <translation>回路限值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="36"/>
        <source>Time limit</source>
        <translation>时间上限</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="57"/>
        <source>enter a number</source>
        <translation>请输入数字</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/form_fields.py" line="62"/>
        <source>{text} is not a number</source>
        <translation>{text} 不是数字</translation>
    </message>
</context>
<context>
    <name>FoundModel</name>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="22"/>
        <source>already in this site</source>
        <translation>已在此矿场中</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="24"/>
        <source>unreadable reply</source>
        <translation>无法解析的应答</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/discovery_results.py" line="25"/>
        <source>answered badly: {error}</source>
        <translation>应答异常：{error}</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../../ui/gui_app.py" line="85"/>
        <source>could not write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../services/telemetry/health.py" line="165"/>
        <source>{dead} of {total} hash boards dead</source>
        <translation>{total} 块算力板中 {dead} 块失效</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="168"/>
        <source>chip {temp:g} °C (limit {limit:g} °C)</source>
        <translation>芯片 {temp:g} °C（上限 {limit:g} °C）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="171"/>
        <source>{pct:.0f}% of the {expected:,.1f} TH/s expected</source>
        <translation>为预期 {expected:,.1f} TH/s 的 {pct:.0f}%</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="173"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="244"/>
        <source>not judged: {why}</source>
        <translation>未评判：{why}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="277"/>
        <source>maintenance until {until:%Y-%m-%d %H:%M} UTC (set by {who} at {since:%Y-%m-%d %H:%M} UTC: {note})</source>
        <translation>维护至 {until:%Y-%m-%d %H:%M} UTC（由 {who} 于 {since:%Y-%m-%d %H:%M} UTC 设置：{note}）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="282"/>
        <source>maintenance until {until:%Y-%m-%d %H:%M} UTC (set by {who} at {since:%Y-%m-%d %H:%M} UTC)</source>
        <translation>维护至 {until:%Y-%m-%d %H:%M} UTC（由 {who} 于 {since:%Y-%m-%d %H:%M} UTC 设置）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="288"/>
        <source>maintenance until ended (set by {who} at {since:%Y-%m-%d %H:%M} UTC: {note})</source>
        <translation>维护至手动结束（由 {who} 于 {since:%Y-%m-%d %H:%M} UTC 设置：{note}）</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/health.py" line="290"/>
        <source>maintenance until ended (set by {who} at {since:%Y-%m-%d %H:%M} UTC)</source>
        <translation>维护至手动结束（由 {who} 于 {since:%Y-%m-%d %H:%M} UTC 设置）</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="53"/>
        <location filename="../../ui/analytics/heatmap_panel.py" line="184"/>
        <source>Daily profit (USD)</source>
        <translation>日利润 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="54"/>
        <location filename="../../ui/analytics/heatmap_panel.py" line="184"/>
        <source>Payback (days)</source>
        <translation>回本期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="57"/>
        <source>&amp;Draw</source>
        <translation>绘制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="75"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="76"/>
        <source>Electricity up to ($/kWh)</source>
        <translation>电价上限 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="77"/>
        <source>BTC price ± around now</source>
        <translation>BTC 价格（当前 ±）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="101"/>
        <source>From the fleet: press Draw to read it again</source>
        <translation>来自机群：按“绘制”重新读取</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="110"/>
        <source>The fleet cannot be read here (no database).</source>
        <translation>此处无法读取机群（无数据库）。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="114"/>
        <source>Reading the fleet&apos;s telemetry…</source>
        <translation>正在读取机群遥测数据…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="121"/>
        <source>Cancelled: the read still running in the background will be discarded.</source>
        <translation>已取消：后台仍在进行的读取结果将被丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="132"/>
        <source>No miner with figures: nothing to draw.</source>
        <translation>没有带数据的矿机：无可绘制内容。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="162"/>
        <source>BTC price (USD)</source>
        <translation>BTC 价格 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="163"/>
        <source>Electricity ($/kWh)</source>
        <translation>电价 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="189"/>
        <source>Now: {profit} USD/day at {price} USD and {kwh} $/kWh</source>
        <translation>当前：{profit} USD/天（BTC {price} USD，电价 {kwh} $/kWh）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="200"/>
        <source>The marked cell ({price} USD, {kwh} $/kWh): payback in {days} days</source>
        <translation>标记的单元格（{price} USD，{kwh} $/kWh）：{days} 天回本</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="202"/>
        <source>The marked cell ({price} USD, {kwh} $/kWh): no payback within the horizon</source>
        <translation>标记的单元格（{price} USD，{kwh} $/kWh）：期限内无法回本</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="195"/>
        <source>No payback without a hardware cost: showing profit.</source>
        <translation>没有硬件成本就无法计算回本期：显示利润。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/heatmap_panel.py" line="209"/>
        <source>Blank cells: no payback within the horizon.</source>
        <translation>空白单元格：在时间范围内无法回本。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="134"/>
        <source>Save to history</source>
        <translation>保存到历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="135"/>
        <source>Keep this calculation, with every input and its source (Ctrl+S)</source>
        <translation>保存此次计算，包括所有输入及其来源 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="142"/>
        <source>1 saved calculation (yours only) · Ctrl+S saves the current one · double-click restores</source>
        <translation>1 条已保存的计算（仅您自己的）· Ctrl+S 保存当前计算 · 双击恢复</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="145"/>
        <source>{count} saved calculations (yours only) · Ctrl+S saves the current one · double-click restores</source>
        <translation>{count} 条已保存的计算（仅您自己的）· Ctrl+S 保存当前计算 · 双击恢复</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="149"/>
        <source>No saved calculations yet: Ctrl+S saves the current one.</source>
        <translation>尚无已保存的计算：Ctrl+S 保存当前计算。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="194"/>
        <source>Not saved to history</source>
        <translation>未保存到历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="197"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/history_panel.py" line="200"/>
        <source>Saved to history: {label}</source>
        <translation>已保存到历史记录：{label}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="40"/>
        <source>All my sites</source>
        <translation>我的所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="42"/>
        <source>Show the plans of every site you operate, not only the chosen one</source>
        <translation>显示您操作的所有矿场的计划，而不仅是所选矿场</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="43"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="46"/>
        <source>Save the selected plan&apos;s report as CSV: its figures and every miner (Ctrl+E)</source>
        <translation>将所选计划的报告保存为 CSV：包括其数据和每台矿机 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="131"/>
        <source>No plans yet: preview one and save it.</source>
        <translation>尚无计划：请预览并保存一个计划。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="133"/>
        <source>1 plan</source>
        <translation>1 个计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="133"/>
        <source>{total} plans</source>
        <translation>{total} 个计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/history_panel.py" line="135"/>
        <source>Showing {shown} of {total} plans</source>
        <translation>显示 {shown} / {total} 个计划</translation>
    </message>
</context>
<context>
    <name>IdentifyAction</name>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="49"/>
        <source>Identify {n} miners</source>
        <translation>识别 {n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="74"/>
        <source>Asking {n} miners who they are… {done} answered</source>
        <translation>正在询问 {n} 台矿机的身份… 已应答 {done}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="91"/>
        <source>Cancelled: {kept} of {n} identified and stored ({tally}); the others keep what they had.</source>
        <translation>已取消：{n} 台中 {kept} 台已识别并保存（{tally}）；其余保持原有信息。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="99"/>
        <source>Identified {n} miners: {tally}.</source>
        <translation>已识别 {n} 台矿机：{tally}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="122"/>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="130"/>
        <source>Your role ({role}) may not operate miners</source>
        <translation>您的角色（{role}）无权操作矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="132"/>
        <source>An identification is still running</source>
        <translation>识别仍在进行</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="134"/>
        <source>Select miners in the table first</source>
        <translation>请先在表格中选择矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="136"/>
        <source>Ask the {n} selected miners their make, model and firmware, and what their firmware can do</source>
        <translation>询问所选 {n} 台矿机的厂商、型号和固件，以及其固件支持的功能</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/identify_action.py" line="190"/>
        <source>Identification stopped: {error}</source>
        <translation>识别已停止：{error}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="59"/>
        <source>add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="59"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="59"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="61"/>
        <location filename="../../ui/fleet/import_dialog.py" line="71"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="62"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="63"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="65"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="72"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="73"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="99"/>
        <source>Import miners</source>
        <translation>导入矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="104"/>
        <source>No file chosen. Columns: %1 (port optional).</source>
        <translation>未选择文件。列：%1（port 可选）。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="107"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="112"/>
        <source>Create the feeds the list names that the site does not have</source>
        <translation>创建列表中提到但矿场尚未有的供电回路</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="120"/>
        <location filename="../../ui/fleet/import_dialog.py" line="212"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="129"/>
        <source>Into site:</source>
        <translation>导入到矿场：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="153"/>
        <source>Miner list</source>
        <translation>矿机列表</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="153"/>
        <source>Miner lists (*.csv *.xlsx);;All files (*)</source>
        <translation>矿机列表 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="178"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="191"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="232"/>
        <source>%1 to add, %2 to update, %3 unchanged</source>
        <translation>添加 %1，更新 %2，不变 %3</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="235"/>
        <source>; new feeds: %1</source>
        <translation>；新供电回路：%1</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="238"/>
        <source>%1 bad cell(s): fix them in the file and choose it again; nothing can be imported. (%2)</source>
        <translation>%1 个错误单元格：请在文件中修正后重新选择；目前无法导入任何内容。（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/import_dialog.py" line="249"/>
        <source>imported %1: %2 added, %3 updated</source>
        <translation>已导入 %1：添加 %2，更新 %3</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="120"/>
        <source>Record an incident</source>
        <translation>记录事件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="124"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="125"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="125"/>
        <source>e.g. Feeder 2 tripped</source>
        <translation>例如：2 号馈线跳闸</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="127"/>
        <source>No site</source>
        <translation>无矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="128"/>
        <source>sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="130"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="131"/>
        <source>It affected every active miner of the site</source>
        <translation>影响了该矿场所有运行中的矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="132"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="133"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="133"/>
        <source>e.g. T-12, T-14</source>
        <translation>例如：T-12, T-14</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="136"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../services/code_labels.py" line="64"/>
        <source>Power loss</source>
        <translation>断电</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="65"/>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="66"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="67"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="87"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="112"/>
        <source>no such ticket: {tickets}</source>
        <translation>没有该工单：{tickets}</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="160"/>
        <source>Record incident…</source>
        <translation>记录事件…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="161"/>
        <source>Link tickets…</source>
        <translation>关联工单…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="162"/>
        <source>End…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="178"/>
        <source>Link tickets to %1</source>
        <translation>将工单关联到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="179"/>
        <source>Tickets (T-12, T-14)</source>
        <translation>工单（T-12, T-14）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="192"/>
        <source>End incident</source>
        <translation>结束事件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/incidents_page.py" line="193"/>
        <source>Mark “%1” as ended now?</source>
        <translation>将“%1”标记为现在结束？</translation>
    </message>
</context>
<context>
    <name>InvoiceLines</name>
    <message>
        <location filename="../../services/billing/line_texts.py" line="15"/>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="16"/>
        <source>last</source>
        <translation>沿用</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="17"/>
        <source>nameplate</source>
        <translation>铭牌</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="22"/>
        <source>Fixed monthly amount, {period}</source>
        <translation>固定月费，{period}</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="27"/>
        <source>Hosting fee: {count} miner(s) × {fee} USD for {period}</source>
        <translation>托管费：{count} 台矿机 × {fee} USD，{period}</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="37"/>
        <source>SLA credit: uptime {uptime} % (promised {promised} %) is below no credit tier</source>
        <translation>SLA 抵扣：在线率 {uptime} %（承诺 {promised} %）未低于任何抵扣档位</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="42"/>
        <source>SLA credit: uptime {uptime} % (promised {promised} %) is below {below} %: {credit} % of the subtotal {subtotal} USD (at most the subtotal)</source>
        <translation>SLA 抵扣：在线率 {uptime} %（承诺 {promised} %）低于 {below} %：小计 {subtotal} USD 的 {credit} %（不超过小计）</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="48"/>
        <source>SLA credit: uptime {uptime} % (promised {promised} %) is below {below} %: {credit} % of the subtotal {subtotal} USD</source>
        <translation>SLA 抵扣：在线率 {uptime} %（承诺 {promised} %）低于 {below} %：小计 {subtotal} USD 的 {credit} %</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="71"/>
        <source> (of which {gap_kwh} kWh for gaps, gap policy {policy})</source>
        <translation>（其中缺口 {gap_kwh} kWh，缺口处理方式 {policy}）</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="77"/>
        <source>Energy {miner}: {kwh} kWh{gaps}: included in the fixed monthly amount</source>
        <translation>电费 {miner}：{kwh} kWh{gaps}：已含在固定月费中</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="83"/>
        <source> + {overhead} % overhead</source>
        <translation> + {overhead} % 附加费</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="86"/>
        <source>Energy {miner}: {kwh} kWh{gaps} (nameplate {watts} W × hashing time) × {rate} USD/kWh{overhead}</source>
        <translation>电费 {miner}：{kwh} kWh{gaps}（铭牌 {watts} W × 挖矿时长）× {rate} USD/kWh{overhead}</translation>
    </message>
    <message>
        <location filename="../../services/billing/line_texts.py" line="91"/>
        <source>Energy {miner}: {kwh} kWh{gaps} × {rate} USD/kWh{overhead}</source>
        <translation>电费 {miner}：{kwh} kWh{gaps} × {rate} USD/kWh{overhead}</translation>
    </message>
</context>
<context>
    <name>InvoiceMail</name>
    <message>
        <location filename="../../services/billing/invoice_mail.py" line="64"/>
        <source>on receipt</source>
        <translation>收到即付</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoice_mail.py" line="66"/>
        <source>Dear customer,

please find attached invoice {number} for {period}, {total} USD, due {due}.
</source>
        <translation>尊敬的客户：

附件为 {period} 的发票 {number}，金额 {total} USD，到期日 {due}。
</translation>
    </message>
    <message>
        <location filename="../../services/billing/invoice_mail.py" line="76"/>
        <source>Invoice {number} ({period})</source>
        <translation>发票 {number}（{period}）</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <location filename="../../services/billing/run.py" line="50"/>
        <source>issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../services/billing/run.py" line="51"/>
        <source>paid</source>
        <translation>付清</translation>
    </message>
    <message>
        <location filename="../../services/billing/run.py" line="52"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="39"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="40"/>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="41"/>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="42"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="43"/>
        <source>Void</source>
        <translation>作废</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="106"/>
        <source>Issue</source>
        <translation>开具</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="107"/>
        <source>Pay…</source>
        <translation>付款…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="108"/>
        <source>Credit…</source>
        <translation>贷记…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="109"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="110"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="111"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="118"/>
        <source>the draft for %1</source>
        <translation>%1 的草稿</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="129"/>
        <source>Issue invoice</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="130"/>
        <source>Issue %1? It gets the next number of the series and can then only be credited or voided.</source>
        <translation>开具 %1？它将获得序列中的下一个编号，之后只能贷记或作废。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="136"/>
        <source>Void invoice</source>
        <translation>作废发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="137"/>
        <source>Void %1? It stays in the series, marked void, and is no longer owed.</source>
        <translation>作废 %1？它仍保留在序列中并标记为作废，不再需要支付。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="155"/>
        <source>Queued %1 to %2.</source>
        <translation>已将 %1 排队发送至 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="158"/>
        <source>No SMTP settings yet: it waits in the send log until they are set.</source>
        <translation>尚未设置 SMTP：在设置之前，它将在发送日志中等待。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="162"/>
        <source>Send invoice</source>
        <translation>发送发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="162"/>
        <source>E-mail %1 as a PDF to the customer&apos;s billing contacts?</source>
        <translation>将 %1 以 PDF 形式通过电子邮件发送给客户的账务联系人？</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="185"/>
        <source>Payment on %1</source>
        <translation>%1 的付款</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="186"/>
        <source>Bank reference</source>
        <translation>银行参考号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="198"/>
        <source>Credit note on %1</source>
        <translation>%1 的贷项通知单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="199"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="207"/>
        <source>Save invoice PDF</source>
        <translation>保存发票 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="207"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="212"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>JobTicks</name>
    <message>
        <location filename="../../services/cluster/ticks.py" line="52"/>
        <source>abandoned: its claimer stopped before recording how the run ended</source>
        <translation>已放弃：领取该轮的进程在记录运行结果之前就已停止</translation>
    </message>
    <message>
        <location filename="../../services/cluster/ticks.py" line="53"/>
        <source>stopped before it ended: the process was stopping</source>
        <translation>未结束即停止：进程正在退出</translation>
    </message>
    <message>
        <location filename="../../services/cluster/ticks.py" line="184"/>
        <source>{kind}: {message}</source>
        <translation>{kind}：{message}</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/writer.py" line="187"/>
        <source>1 tick skipped before it: the poller was late</source>
        <translation>此前跳过 1 轮：轮询器延迟</translation>
    </message>
    <message>
        <location filename="../../services/telemetry/writer.py" line="188"/>
        <source>{count} ticks skipped before it: the poller was late</source>
        <translation>此前跳过 {count} 轮：轮询器延迟</translation>
    </message>
    <message>
        <location filename="../../services/market_data/shared_refresh.py" line="74"/>
        <source>no provider answered</source>
        <translation>没有数据提供方应答</translation>
    </message>
</context>
<context>
    <name>KeyringStatus</name>
    <message>
        <location filename="../../ui/keyring_status.py" line="20"/>
        <source>Secrets typed here are stored in the OS keyring ({where}).</source>
        <translation>此处输入的密钥信息保存在操作系统密钥环中（{where}）。</translation>
    </message>
    <message>
        <location filename="../../ui/keyring_status.py" line="22"/>
        <source>Secrets typed here are kept for this session only and lost when the program exits ({why}).</source>
        <translation>此处输入的密钥信息仅在本次会话中保留，程序退出后丢失（{why}）。</translation>
    </message>
    <message>
        <location filename="../../ui/keyring_status.py" line="25"/>
        <source>This computer has no secure keyring (found {found}): secrets typed here cannot be stored, and nothing is saved in their place. Install or unlock one: GNOME Keyring or KWallet (Secret Service), macOS Keychain, Windows Credential Manager.</source>
        <translation>这台计算机没有安全的密钥环（找到 {found}）：此处输入的密钥信息无法保存，也不会以其他方式保存。请安装或解锁一个：GNOME Keyring 或 KWallet (Secret Service)、macOS 钥匙串、Windows 凭据管理器。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/i18n.py" line="80"/>
        <source>The {language} translation ({file}) is missing or unreadable: the console is in English.</source>
        <translation>{language} 翻译文件（{file}）缺失或无法读取：控制台以英文显示。</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="72"/>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="72"/>
        <source>Edit lead %1</source>
        <translation>编辑线索 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="75"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="75"/>
        <source>e.g. 2 MW hosting, Q3</source>
        <translation>例如：2 MW 托管，第三季度</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="78"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="78"/>
        <source>e.g. Northwind Mining</source>
        <translation>例如：Northwind Mining</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="81"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="81"/>
        <source>Who you talk to</source>
        <translation>与您对接的人</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="84"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="84"/>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="86"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="88"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="88"/>
        <source>e.g. referral, website, event</source>
        <translation>例如：推荐、网站、活动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="92"/>
        <source>Value estimate ($)</source>
        <translation>预估金额 ($)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="94"/>
        <source>e.g. 250000</source>
        <translation>例如：250000</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="98"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="98"/>
        <source>e.g. send the price sheet</source>
        <translation>例如：发送报价单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="102"/>
        <source>Next step due</source>
        <translation>下一步截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/crm_dialogs.py" line="104"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="62"/>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="63"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="64"/>
        <source>Move to</source>
        <translation>移至</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="65"/>
        <source>Convert to deal…</source>
        <translation>转为商机…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="66"/>
        <source>Log activity…</source>
        <translation>记录活动…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/leads_page.py" line="77"/>
        <source>Lead lost: %1</source>
        <translation>线索丢失：%1</translation>
    </message>
</context>
<context>
    <name>LevelsBox</name>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="23"/>
        <source>Levels</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="25"/>
        <source>sleep only</source>
        <translation>仅休眠</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="33"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="34"/>
        <source>Let the optimiser choose every miner again</source>
        <translation>让优化器重新为每台矿机选择</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="39"/>
        <source>Power targets a miner may be set to, in % of its power</source>
        <translation>矿机可设置的功率目标，以其功率的 % 表示</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="40"/>
        <source>What a sleeping miner still draws</source>
        <translation>休眠矿机仍消耗的功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="44"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="45"/>
        <source>Miners a plan changed this recently stay at full power</source>
        <translation>在此时间内被计划更改过的矿机保持满功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="50"/>
        <source>Allow power-off (0 W)</source>
        <translation>允许断电 (0 W)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="54"/>
        <source>Off: a miner is never planned at 0 W; a sleeping miner draws the sleep power above. On: a sleep power of 0 W is allowed (the miner is switched off).</source>
        <translation>关：矿机不会被计划为 0 W；休眠矿机按上面的休眠功率耗电。开：允许休眠功率为 0 W（矿机断电）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="60"/>
        <source>Fewest miners touched</source>
        <translation>尽量少动矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="64"/>
        <source>Send fewer commands for a little hashrate: each miner the plan changes counts as losing this many TH/s more, so the plan sheds more on fewer miners</source>
        <translation>以少量算力换取更少的命令：计划每改动一台矿机，就按多损失这么多 TH/s 计算，因此计划会在更少的矿机上削减更多负荷</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="74"/>
        <source> TH/s a miner</source>
        <translation> TH/s 每台</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="75"/>
        <source>What one command more is worth, in TH/s lost</source>
        <translation>多发一条命令相当于损失多少 TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="83"/>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="104"/>
        <source>percentages separated by commas, like 75, 50</source>
        <translation>以逗号分隔的百分比，例如 75, 50</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="106"/>
        <source>each preset is a percentage from 10 to 99</source>
        <translation>每个预设档位都是 10 到 99 之间的百分比</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="108"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="111"/>
        <source>0 W is switched off: tick &apos;Allow power-off&apos;, or give what a sleeping miner draws</source>
        <translation>0 W 即断电：请勾选“允许断电”，或填写休眠矿机的耗电功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="114"/>
        <source>cannot be negative (0: no anti-flap)</source>
        <translation>不能为负数（0：不防抖动）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="158"/>
        <source>none: right-click miners in the preview to keep them at full power</source>
        <translation>无：在预览中右键单击矿机可让其保持满功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/levels_box.py" line="162"/>
        <source>{names} and {count} more</source>
        <translation>{names} 等另外 {count} 台</translation>
    </message>
</context>
<context>
    <name>LoginDialogs</name>
    <message>
        <location filename="../../ui/login_dialogs.py" line="82"/>
        <source>HashInsight Desktop — log in</source>
        <translation>HashInsight Desktop — 登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialogs.py" line="84"/>
        <location filename="../../ui/login_dialogs.py" line="93"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialogs.py" line="85"/>
        <source>Database: {kind} · {display}</source>
        <translation>数据库：{kind} · {display}</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialogs.py" line="91"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialogs.py" line="92"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/modules.py" line="76"/>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="58"/>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="13"/>
        <source>Calculator</source>
        <translation>计算器</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="67"/>
        <source>Miner catalogue</source>
        <translation>型号目录</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="49"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="22"/>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="40"/>
        <source>Curtailment</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/modules.py" line="31"/>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>HashInsight Desktop — {user}</source>
        <translation>HashInsight Desktop — {user}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Your role has no modules to show yet.
Ask an administrator for access.</source>
        <translation>您的角色目前没有可显示的模块。
请向管理员申请权限。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>{theme} theme</source>
        <translation>{theme}主题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Go to {tab}</source>
        <translation>转到{tab}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>About HashInsight Desktop</source>
        <translation>关于 HashInsight Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>HashInsight Desktop {version}
Mining farm operations console.

Logs: {logs}</source>
        <translation>HashInsight Desktop {version}
矿场运营控制台。

日志：{logs}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>DISCONNECTED</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>{state} · {kind} · {database}</source>
        <translation>{state} · {kind} · {database}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>New miner alerts</source>
        <translation>新的矿机告警</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>{count} new alert(s) — see the Fleet tab.</source>
        <translation>{count} 条新告警 — 请查看“机群”标签页。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>New deal: %1</source>
        <translation>新商机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>%1 converted lead %2 into a deal for %3 that you own.</source>
        <translation>%1 已将线索 %2 转为 %3 的商机，由您负责。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>The database is back: views refreshed.</source>
        <translation>数据库已恢复：视图已刷新。</translation>
    </message>
</context>
<context>
    <name>MaintenanceAction</name>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="46"/>
        <source>Maintenance…</source>
        <translation>维护…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="47"/>
        <source>Silence the selected miners&apos; alerts while they are worked on</source>
        <translation>在维护期间静默所选矿机的告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="49"/>
        <source>End maintenance</source>
        <translation>结束维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="72"/>
        <source>{count} miners under maintenance</source>
        <translation>{count} 台矿机进入维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="84"/>
        <source>{count} miners out of maintenance</source>
        <translation>{count} 台矿机结束维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="88"/>
        <source>Maintenance not changed</source>
        <translation>维护状态未更改</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="23"/>
        <source>Maintenance of {count} miners</source>
        <translation>{count} 台矿机的维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="27"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="28"/>
        <source>until ended</source>
        <translation>直到手动结束</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="31"/>
        <source>what is being done (optional)</source>
        <translation>正在进行的工作（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="36"/>
        <source>Silence their alerts for</source>
        <translation>静默告警时长</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/maintenance_action.py" line="37"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ManagementDialogs</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="37"/>
        <source>1 miner</source>
        <translation>1 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="38"/>
        <source>{count} miners</source>
        <translation>{count} 台矿机</translation>
    </message>
</context>
<context>
    <name>MarketBar</name>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="72"/>
        <location filename="../../ui/calculator/market_panel.py" line="276"/>
        <source>Refresh market data</source>
        <translation>刷新市场数据</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="73"/>
        <source>Fetch BTC price, difficulty, fees, height and hashrate (F5)</source>
        <translation>获取 BTC 价格、难度、手续费、区块高度和算力 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="144"/>
        <source>Market data could not be refreshed: {error}</source>
        <translation>无法刷新市场数据：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="180"/>
        <source>Type the missing values into the Market fields, or check the connection and press F5.</source>
        <translation>请在“市场”字段中输入缺失的数值，或检查网络连接后按 F5。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="182"/>
        <source>No {names}: {reason}.</source>
        <translation>缺少{names}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="201"/>
        <source>Market data providers failed ({why}): using stored values from {used}.</source>
        <translation>市场数据提供方失败（{why}）：使用 {used} 保存的数值。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="205"/>
        <source>The hashrate-share estimate is left out; type a network hashrate to see it.</source>
        <translation>未包含算力占比估算；输入全网算力即可查看。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="206"/>
        <source>No {names}{reason}.</source>
        <translation>缺少{names}{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="232"/>
        <source>Typed market values not stored: {error}</source>
        <translation>输入的市场数值未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="254"/>
        <source>Market data: none yet — press F5, or type the values</source>
        <translation>市场数据：暂无 — 请按 F5 或手动输入数值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="261"/>
        <source>Market data: last known, {sources} · oldest {age}</source>
        <translation>市场数据：最后已知值，{sources} · 最早 {age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="263"/>
        <source>Market data: {sources} · oldest {age}</source>
        <translation>市场数据：{sources} · 最早 {age}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/market_panel.py" line="276"/>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
</context>
<context>
    <name>MarketData</name>
    <message>
        <location filename="../../services/market_data/providers.py" line="107"/>
        <source>timed out after {seconds:g} s</source>
        <translation>{seconds:g} 秒后超时</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="112"/>
        <source>connection failed ({error})</source>
        <translation>连接失败（{error}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="117"/>
        <source>request to {path} failed ({error})</source>
        <translation>请求 {path} 失败（{error}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="129"/>
        <source>HTTP {status} from {path}</source>
        <translation>{path} 返回 HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="132"/>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="138"/>
        <source>HTTP 429 from {path}, asked to wait {wait:.0f} s</source>
        <translation>{path} 返回 HTTP 429，要求等待 {wait:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="143"/>
        <source>{reason} from {path} ({attempts} attempts)</source>
        <translation>{path}：{reason}（尝试 {attempts} 次）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="163"/>
        <source>expected a JSON object holding {key!r}</source>
        <translation>应为包含 {key!r} 的 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="165"/>
        <source>field {key!r} missing</source>
        <translation>缺少字段 {key!r}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="168"/>
        <source>field {key!r} is not a number</source>
        <translation>字段 {key!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="174"/>
        <source>{what} is not a whole number</source>
        <translation>{what} 不是整数</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="183"/>
        <source>{quantity} is not finite ({value})</source>
        <translation>{quantity} 不是有限值（{value}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="191"/>
        <source>{quantity} is out of range ({value:.3e})</source>
        <translation>{quantity} 超出范围（{value:.3e}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="200"/>
        <source>{quantity} is impossible ({value})</source>
        <translation>{quantity} 不可能为此值（{value}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="209"/>
        <source>{quantity} is out of range ({value})</source>
        <translation>{quantity} 超出范围（{value}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="218"/>
        <source>{quantity} is not positive ({value})</source>
        <translation>{quantity} 不是正数（{value}）</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="233"/>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="239"/>
        <source>expected a plain-text integer</source>
        <translation>应为纯文本整数</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="308"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="325"/>
        <source>{why} from {path}</source>
        <translation>{path}：{why}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="333"/>
        <source>{why} in {path}</source>
        <translation>{path} 中：{why}</translation>
    </message>
    <message>
        <location filename="../../services/market_data/providers.py" line="379"/>
        <source>expected a non-empty list of blocks</source>
        <translation>应为非空的区块列表</translation>
    </message>
    <message>
        <location filename="../../services/market_data/service.py" line="379"/>
        <source>unexpected {error}</source>
        <translation>意外错误 {error}</translation>
    </message>
</context>
<context>
    <name>MarketField</name>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="147"/>
        <source>Back to the live market value</source>
        <translation>恢复为实时市场数值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="218"/>
        <source>Typed over the market value (live: {value})</source>
        <translation>已手动改写市场数值（实时：{value}）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="220"/>
        <source>Typed over the market value</source>
        <translation>已手动改写市场数值</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="223"/>
        <source>none: optional</source>
        <translation>无：可选</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="223"/>
        <source>Optional: only the second, hashrate-share estimate needs it</source>
        <translation>可选：仅第二种（算力占比）估算需要</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="225"/>
        <source>no market value: type one, or refresh market data (F5)</source>
        <translation>无市场数值：请手动输入，或刷新市场数据 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/field_rows.py" line="230"/>
        <source>{value} — {source}, fetched {when}</source>
        <translation>{value} — {source}，获取于 {when}</translation>
    </message>
</context>
<context>
    <name>MinerActions</name>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="48"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="49"/>
        <source>Hosting customer…</source>
        <translation>托管客户…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="50"/>
        <source>Move to site…</source>
        <translation>迁移到矿场…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="51"/>
        <source>Rack and position…</source>
        <translation>机架与位置…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="53"/>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="55"/>
        <source>Open web page</source>
        <translation>打开网页</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="56"/>
        <source>Copy IP address</source>
        <translation>复制 IP 地址</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="80"/>
        <source>Your role (%1) may not change miners</source>
        <translation>您的角色（%1）无权更改矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="88"/>
        <source>Only staff who manage customer accounts assign miners to customers</source>
        <translation>只有管理客户账户的员工才能将矿机分配给客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="108"/>
        <source>Rename miner</source>
        <translation>重命名矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="110"/>
        <source>New name of %1 (%2):</source>
        <translation>%1（%2）的新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="119"/>
        <source>renamed %1</source>
        <translation>已重命名 %1</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="140"/>
        <source>customer of %1 miners changed</source>
        <translation>已更改 %1 台矿机的客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="164"/>
        <source>%1 miners moved to %2</source>
        <translation>%1 台矿机已迁移到 %2</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="190"/>
        <source>rack and position of %1 miners set</source>
        <translation>已设置 %1 台矿机的机架与位置</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="217"/>
        <source>removed %1 miners</source>
        <translation>已删除 %1 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="238"/>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_actions_menu.py" line="251"/>
        <source>Miners not changed</source>
        <translation>矿机未更改</translation>
    </message>
</context>
<context>
    <name>MinerDetailDialog</name>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="90"/>
        <source>Last {hours} hours</source>
        <translation>最近 {hours} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="91"/>
        <source>Last {days} days</source>
        <translation>最近 {days} 天</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="114"/>
        <source>Miner {name} — {site}</source>
        <translation>矿机 {name} — {site}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>6 h</source>
        <translation>6 小时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="128"/>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="132"/>
        <source>The charts&apos; time range: the axis spans it whole</source>
        <translation>图表的时间范围：坐标轴覆盖整个范围</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="143"/>
        <location filename="../../ui/fleet/miner_detail.py" line="336"/>
        <source>Maintenance…</source>
        <translation>维护…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="144"/>
        <source>Silence this miner&apos;s alerts while it is worked on, or end that</source>
        <translation>在维护期间静默此矿机的告警，或结束维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="168"/>
        <source>nominal</source>
        <translation>额定</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="173"/>
        <source>No telemetry recorded for this miner yet.
Charts appear after its first polls.</source>
        <translation>此矿机尚无遥测记录。
首次轮询后将显示图表。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="176"/>
        <source>Loading telemetry…</source>
        <translation>正在加载遥测数据…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="181"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="182"/>
        <source>Read the charts again (F5)</source>
        <translation>重新读取图表 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="194"/>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="221"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="224"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="224"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="225"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="226"/>
        <source>Pool</source>
        <translation>矿池</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="227"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="228"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="229"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="231"/>
        <source>Hashrate</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="233"/>
        <source> (nominal {ths})</source>
        <translation> （额定 {ths}）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="236"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="239"/>
        <source>Hottest chip</source>
        <translation>最热芯片</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="240"/>
        <source>Fastest fan</source>
        <translation>最快风扇</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="242"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="245"/>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="268"/>
        <source>Hashrate (TH/s)</source>
        <translation>算力 (TH/s)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="269"/>
        <source>Hottest chip (°C)</source>
        <translation>最热芯片 (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="270"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="271"/>
        <source>Fastest fan (RPM)</source>
        <translation>最快风扇 (RPM)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="295"/>
        <source>Charts could not be read: {error}</source>
        <translation>无法读取图表：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="324"/>
        <source>Under {what}: its alerts are silenced</source>
        <translation>处于{what}：其告警已静默</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="333"/>
        <source>{status}: {why}</source>
        <translation>{status}：{why}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="336"/>
        <source>End maintenance</source>
        <translation>结束维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="344"/>
        <location filename="../../ui/fleet/miner_detail.py" line="352"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="345"/>
        <source>Silence this miner&apos;s alerts for how many hours (0: until ended)?</source>
        <translation>静默此矿机告警多少小时（0：直到手动结束）？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="352"/>
        <source>What is being done (optional):</source>
        <translation>正在进行的工作（可选）：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="366"/>
        <location filename="../../ui/fleet/miner_detail.py" line="369"/>
        <source>Maintenance not changed</source>
        <translation>维护状态未更改</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_detail.py" line="388"/>
        <source>No telemetry in the {chosen}: showing the last {days} days. Last sample {when}.</source>
        <translation>{chosen}内没有遥测数据：显示最近 {days} 天。最后一个样本于 {when}。</translation>
    </message>
</context>
<context>
    <name>MinerFilterBar</name>
    <message>
        <location filename="../../services/code_labels.py" line="16"/>
        <source>Hashing</source>
        <translation>挖矿中</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="17"/>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="18"/>
        <source>Sleeping</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="19"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="20"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="21"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="55"/>
        <source>Filter by IP, name or firmware  (Ctrl+F)</source>
        <translation>按 IP、名称或固件筛选  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="58"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="62"/>
        <source>With open alerts</source>
        <translation>有未关闭告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="63"/>
        <source>With telemetry anomalies</source>
        <translation>有遥测异常</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="65"/>
        <location filename="../../ui/fleet/filter_bar.py" line="111"/>
        <source>All models</source>
        <translation>所有型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="67"/>
        <location filename="../../ui/fleet/filter_bar.py" line="112"/>
        <source>All firmware</source>
        <translation>所有固件</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="68"/>
        <source>The firmware family: how the miners are controlled</source>
        <translation>固件系列：决定矿机的控制方式</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="70"/>
        <location filename="../../ui/fleet/filter_bar.py" line="114"/>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/filter_bar.py" line="113"/>
        <source>No customer</source>
        <translation>无客户</translation>
    </message>
</context>
<context>
    <name>MinerLoginsDialog</name>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="63"/>
        <source>the site&apos;s login applies</source>
        <translation>使用矿场的登录凭据</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="63"/>
        <source>nothing stored</source>
        <translation>未存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="65"/>
        <source>factory defaults of each firmware</source>
        <translation>各固件的出厂默认值</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="67"/>
        <source>password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="67"/>
        <source>empty password</source>
        <translation>空密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="68"/>
        <source>user {user}, {password}</source>
        <translation>用户 {user}，{password}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="93"/>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="186"/>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="93"/>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="102"/>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="161"/>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="259"/>
        <source>Whole site</source>
        <translation>整个矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="102"/>
        <source>Model {model}</source>
        <translation>型号 {model}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="137"/>
        <source>Miner logins — {site}</source>
        <translation>矿机登录 — {site}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="141"/>
        <source>The web/API login this site&apos;s miners take, so that sleep, wake, power and pool changes go through each miner&apos;s own firmware. Passwords are never shown.</source>
        <translation>此矿场矿机使用的 Web/API 登录凭据，用于通过矿机自身固件执行休眠、唤醒、功率和矿池更改。密码永不显示。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="162"/>
        <source>The whole site, or one model there (its login overrides the site&apos;s)</source>
        <translation>整个矿场，或其中某个型号（型号的登录凭据优先于矿场的）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="163"/>
        <source>User and password</source>
        <translation>用户名和密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="164"/>
        <source>Factory defaults of each firmware</source>
        <translation>各固件的出厂默认值</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="170"/>
        <source>e.g. root</source>
        <translation>例如：root</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="175"/>
        <source>the miners&apos; web/API password</source>
        <translation>矿机的 Web/API 密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="176"/>
        <source>Factory logins: {list}.</source>
        <translation>出厂登录凭据：{list}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="179"/>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="184"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="188"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="189"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="199"/>
        <source>Stored now</source>
        <translation>当前存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="271"/>
        <source>Nothing can be stored on this computer: {problem}.

A headless agent reads miner logins from a file readable only by its user (mode 0600) named in its settings, or from systemd credentials ($CREDENTIALS_DIRECTORY/miner-credentials.json): see the README section &quot;{section}&quot;.</source>
        <translation>这台计算机上无法存储任何内容：{problem}。

无界面代理从其设置中指定的、仅其用户可读的文件（权限 0600）读取矿机登录凭据，或从 systemd 凭据（$CREDENTIALS_DIRECTORY/miner-credentials.json）读取：请参阅 README 章节“{section}”。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="277"/>
        <source>The credentials file gives this site: {what}.</source>
        <translation>凭据文件为此矿场提供：{what}。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="330"/>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="340"/>
        <source>Not stored: {error}</source>
        <translation>未存储：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="334"/>
        <source>Not stored: the database cannot be reached.</source>
        <translation>未存储：无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="335"/>
        <source>Miner logins not stored</source>
        <translation>矿机登录凭据未存储</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="349"/>
        <source>model {model}</source>
        <translation>型号 {model}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="349"/>
        <source>the whole site</source>
        <translation>整个矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_logins_dialog.py" line="353"/>
        <source>Stored for {where}: {what} ({how}).</source>
        <translation>已为{where}存储：{what}（{how}）。</translation>
    </message>
</context>
<context>
    <name>MinerModelDialog</name>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="49"/>
        <source>Manufacturer</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="49"/>
        <source>Model name</source>
        <translation>型号名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="49"/>
        <source>Hashrate</source>
        <translation>算力</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="50"/>
        <source>Power</source>
        <translation>功率</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="50"/>
        <source>Efficiency</source>
        <translation>能效</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="50"/>
        <source>Release year</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="51"/>
        <source>Cooling</source>
        <translation>散热</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="51"/>
        <source>Firmware family</source>
        <translation>固件系列</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="52"/>
        <source>Price per unit</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="52"/>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="58"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="58"/>
        <source>TH/s</source>
        <translation>TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="58"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="63"/>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="63"/>
        <source>Hydro</source>
        <translation>水冷</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="63"/>
        <source>Immersion</source>
        <translation>浸没式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="79"/>
        <source>Power modes, row {row}, {column}</source>
        <translation>功耗模式，第 {row} 行，{column}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="80"/>
        <source>Power modes</source>
        <translation>功耗模式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="97"/>
        <source>Edit {maker} {model}</source>
        <translation>编辑 {maker} {model}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="99"/>
        <source>Add miner model</source>
        <translation>添加矿机型号</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="105"/>
        <source>e.g. Antminer S21 XP</source>
        <translation>例如：Antminer S21 XP</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="110"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="116"/>
        <source>none: no payback or $/TH in the ranking</source>
        <translation>无：排名中不显示回本期和 $/TH</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="117"/>
        <source>What one unit costs you, in USD, for the calculator&apos;s payback and $/TH</source>
        <translation>单台成本 (USD)，用于计算器的回本期和 $/TH</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="121"/>
        <source>The day the price was quoted: prices move with the market</source>
        <translation>报价日期：价格随市场变动</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="133"/>
        <source>Add mode</source>
        <translation>添加模式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="133"/>
        <source>Remove mode</source>
        <translation>删除模式</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="160"/>
        <source>Power modes (optional: eco, normal, turbo…):</source>
        <translation>功耗模式（可选：eco、normal、turbo…）：</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="206"/>
        <source>{efficiency} J/TH</source>
        <translation>{efficiency} J/TH</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="252"/>
        <source>Not saved: {error}</source>
        <translation>未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="255"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/miner_model_dialog.py" line="260"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>MinerRecords</name>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="37"/>
        <source>dead</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="37"/>
        <source>hashing</source>
        <translation>挖矿中</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="61"/>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
</context>
<context>
    <name>MinerRecordsView</name>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="104"/>
        <source>Hash boards</source>
        <translation>算力板</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="104"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="104"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="113"/>
        <source>Hash boards ({alive}/{total} alive)</source>
        <translation>算力板（{alive}/{total} 正常）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="117"/>
        <source>Hash boards (none reported)</source>
        <translation>算力板（未上报）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="118"/>
        <source>Alerts ({open} open, {all} in all)</source>
        <translation>告警（{open} 条未关闭，共 {all} 条）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_records_view.py" line="119"/>
        <source>Commands ({count})</source>
        <translation>命令（{count}）</translation>
    </message>
</context>
<context>
    <name>MinersModel</name>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="106"/>
        <source>maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="127"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="134"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="141"/>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="148"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="155"/>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="162"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="169"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="176"/>
        <source>Feed</source>
        <translation>回路</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="183"/>
        <source>Rack</source>
        <translation>机架</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="190"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="196"/>
        <source>Boards</source>
        <translation>算力板</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="198"/>
        <source>% nominal</source>
        <translation>% 额定</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="205"/>
        <source>TH/s</source>
        <translation>TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="212"/>
        <source>Power W</source>
        <translation>功率 W</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="219"/>
        <source>J/TH</source>
        <translation>J/TH</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="226"/>
        <source>Chip °C</source>
        <translation>芯片 °C</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="233"/>
        <source>Fan RPM</source>
        <translation>风扇 RPM</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="240"/>
        <source>HW errors</source>
        <translation>硬件错误</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="247"/>
        <source>Rejected %</source>
        <translation>拒绝率 %</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="254"/>
        <source>Power target</source>
        <translation>功率目标</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="261"/>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="268"/>
        <source>Curtailed</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="275"/>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="282"/>
        <source>Pool</source>
        <translation>矿池</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="289"/>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miner_columns.py" line="308"/>
        <source>Not identified yet: select it and press Identify.</source>
        <translation>尚未识别：请选中后点击“识别”。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/miners_model.py" line="154"/>
        <source>Reports: {firmware}</source>
        <translation>上报：{firmware}</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="90"/>
        <source>Amount (USD)</source>
        <translation>金额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/invoices_page.py" line="90"/>
        <source>e.g. 120.50</source>
        <translation>例如：120.50</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="92"/>
        <source>Move to another site</source>
        <translation>迁移到其他矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="96"/>
        <source>Move the %1 to:</source>
        <translation>将%1迁移到：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="97"/>
        <source>Rack, position and power feed are cleared: they belong to the old site&apos;s floor.</source>
        <translation>机架、位置和供电回路将被清除：它们属于原矿场。</translation>
    </message>
</context>
<context>
    <name>MyTasks</name>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="81"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="84"/>
        <source>No open tasks: nothing is waiting for you.</source>
        <translation>没有未完成任务：没有待您处理的事项。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="111"/>
        <source>Could not read your tasks: %1</source>
        <translation>无法读取您的任务：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/activities_page.py" line="118"/>
        <source>&lt;b&gt;My open tasks&lt;/b&gt;: %1, %2 overdue</source>
        <translation>&lt;b&gt;我的未完成任务&lt;/b&gt;：%1 项，%2 项逾期</translation>
    </message>
</context>
<context>
    <name>NotificationDialogs</name>
    <message>
        <location filename="../../services/code_labels.py" line="25"/>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="26"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="30"/>
        <source>over temperature</source>
        <translation>温度过高</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="31"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="32"/>
        <source>hashrate drop</source>
        <translation>算力下降</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="33"/>
        <source>dead board</source>
        <translation>算力板故障</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="34"/>
        <source>pool down</source>
        <translation>矿池中断</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="35"/>
        <source>telemetry anomaly</source>
        <translation>遥测异常</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="53"/>
        <source>E-mail (SMTP)</source>
        <translation>电子邮件 (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="54"/>
        <source>Slack incoming webhook</source>
        <translation>Slack 传入 Webhook</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="55"/>
        <source>Microsoft Teams webhook</source>
        <translation>Microsoft Teams Webhook</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="56"/>
        <source>Telegram bot</source>
        <translation>Telegram 机器人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="57"/>
        <source>Generic JSON webhook</source>
        <translation>通用 JSON Webhook</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="69"/>
        <source>Notification channel</source>
        <translation>通知渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="69"/>
        <source>Add notification channel</source>
        <translation>添加通知渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="75"/>
        <source>kept in the keyring: leave empty to keep it</source>
        <translation>保存在密钥环中：留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="77"/>
        <location filename="../../ui/admin/notification_dialogs.py" line="232"/>
        <location filename="../../ui/admin/notifications_page.py" line="76"/>
        <location filename="../../ui/admin/notifications_page.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="77"/>
        <source>e.g. Night shift e-mail</source>
        <translation>例如：夜班邮件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="84"/>
        <location filename="../../ui/admin/notifications_page.py" line="77"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="86"/>
        <source>SMTP host</source>
        <translation>SMTP 主机</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="91"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="94"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="95"/>
        <source>TLS (SMTPS)</source>
        <translation>TLS (SMTPS)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="96"/>
        <source>None (plain text)</source>
        <translation>无（明文）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="101"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="102"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="102"/>
        <source>empty: no login</source>
        <translation>留空：不登录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="103"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="104"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="106"/>
        <location filename="../../ui/admin/notifications_page.py" line="131"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="109"/>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="109"/>
        <source>the URL is the credential: it goes to the keyring</source>
        <translation>该 URL 即凭据：将保存到密钥环</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="111"/>
        <source>Bot token</source>
        <translation>机器人令牌</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="111"/>
        <source>from @BotFather, e.g. 123456:ABC…</source>
        <translation>从 @BotFather 获取，例如 123456:ABC…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="112"/>
        <source>Chat id</source>
        <translation>聊天 ID</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="114"/>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="118"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="122"/>
        <source>Digest window</source>
        <translation>摘要窗口</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="124"/>
        <source>alerts raised within this time are sent as one message; 0 sends each at once</source>
        <translation>此时间内产生的告警合并为一条消息发送；0 表示每条立即发送</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="131"/>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="133"/>
        <source>messages per hour; alerts beyond wait for the next digest</source>
        <translation>条消息/小时；超出的告警等待下一次摘要</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="135"/>
        <source>Send notifications through this channel</source>
        <translation>通过此渠道发送通知</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="137"/>
        <location filename="../../ui/admin/notification_dialogs.py" line="258"/>
        <location filename="../../ui/admin/notifications_page.py" line="81"/>
        <location filename="../../ui/admin/notifications_page.py" line="114"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="228"/>
        <source>Notification rule</source>
        <translation>通知规则</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="228"/>
        <source>Add notification rule</source>
        <translation>添加通知规则</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="232"/>
        <source>e.g. Critical to the night shift</source>
        <translation>例如：严重告警发给夜班</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="239"/>
        <location filename="../../ui/admin/notifications_page.py" line="110"/>
        <source>Send to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="243"/>
        <location filename="../../ui/admin/notifications_page.py" line="111"/>
        <source>Severities</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="249"/>
        <source>Alert kinds</source>
        <translation>告警类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="254"/>
        <location filename="../../ui/admin/notifications_page.py" line="113"/>
        <source>Sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="254"/>
        <source>none ticked: every site, including sites added later</source>
        <translation>都不勾选：所有矿场，包括以后添加的矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="256"/>
        <source>Send the alerts this rule matches</source>
        <translation>发送此规则匹配的告警</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notification_dialogs.py" line="285"/>
        <source>tick at least one</source>
        <translation>至少勾选一项</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="36"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="41"/>
        <source>retrying at {0}</source>
        <translation>将于 {0} 重试</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="43"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="44"/>
        <source>failed (a dead letter)</source>
        <translation>失败（死信）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="45"/>
        <source>discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="46"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="56"/>
        <source>To: {0}</source>
        <translation>收件人：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="58"/>
        <source>Last error: {0}</source>
        <translation>最近错误：{0}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="70"/>
        <source>Your role ({0}) may not change notifications.</source>
        <translation>您的角色（{0}）无权更改通知。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="73"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="78"/>
        <source>Sends to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="79"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="80"/>
        <source>Max / hour</source>
        <translation>上限/小时</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="81"/>
        <location filename="../../ui/admin/notifications_page.py" line="114"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="81"/>
        <location filename="../../ui/admin/notifications_page.py" line="114"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="85"/>
        <source>No channels yet: add an e-mail or webhook channel.</source>
        <translation>尚无渠道：请添加电子邮件或 Webhook 渠道。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="93"/>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="94"/>
        <source>Send a test message through the selected channel now</source>
        <translation>立即通过所选渠道发送一条测试消息</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="106"/>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="112"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="118"/>
        <source>No rules yet: alerts reach nobody outside this console until a rule sends them to a channel.</source>
        <translation>尚无规则：在有规则把告警发送到某个渠道之前，控制台之外的人收不到任何告警。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="129"/>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="130"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="132"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="132"/>
        <source>[test] </source>
        <translation>[测试] </translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="133"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="134"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="135"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="137"/>
        <source>Last attempt</source>
        <translation>最近尝试</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="141"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="147"/>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="152"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="159"/>
        <source>&lt;b&gt;Send log&lt;/b&gt; (newest 500)</source>
        <translation>&lt;b&gt;发送日志&lt;/b&gt;（最新 500 条）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="161"/>
        <source>Filter: channel, recipient, subject, result, error…</source>
        <translation>筛选：渠道、收件人、主题、结果、错误…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="228"/>
        <source>Remove the channel {0}? Its rules and waiting alerts go with it; its send log stays.</source>
        <translation>删除渠道 {0}？其规则和等待发送的告警将一并删除；发送日志保留。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="233"/>
        <source>Remove channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="280"/>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="281"/>
        <source>Remove the rule {0}? Alerts it matched are no longer sent by it.</source>
        <translation>删除规则 {0}？它匹配的告警将不再由它发送。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="298"/>
        <source>Sending a test through {0}…</source>
        <translation>正在通过 {0} 发送测试…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="319"/>
        <source>✔ Test sent through {0}: the server accepted it.</source>
        <translation>✔ 已通过 {0} 发送测试：服务器已接受。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="321"/>
        <source>✘ Test through {0} failed: {1}</source>
        <translation>✘ 通过 {0} 发送测试失败：{1}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="191"/>
        <source>load the notifications</source>
        <translation>加载通知</translation>
    </message>
    <message>
        <location filename="../../ui/admin/notifications_page.py" line="316"/>
        <source>record the test</source>
        <translation>记录测试</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="103"/>
        <source>Approve curtailing…</source>
        <translation>批准限电…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="104"/>
        <source>Approve disconnecting…</source>
        <translation>批准断开…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="105"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="112"/>
        <source>curtail</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="112"/>
        <source>disconnect</source>
        <translation>断电</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="114"/>
        <source>Approve to %1 the %2 miner(s) of %3? Curtail them with the curtailment tools.</source>
        <translation>批准对 %3 的 %2 台矿机执行“%1”？请使用限电工具执行限电。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="116"/>
        <source>Reject the proposal for the %2 miner(s) of %3?</source>
        <translation>拒绝针对 %3 的 %2 台矿机的提议？</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="122"/>
        <source>Overdue customer</source>
        <translation>逾期客户</translation>
    </message>
</context>
<context>
    <name>OwnTickets</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="158"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="169"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="60"/>
        <source>The owner account</source>
        <translation>所有者账户</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="62"/>
        <source>The owner can do everything, including adding the other users. It is created at Finish.</source>
        <translation>所有者可以执行所有操作，包括添加其他用户。该账户在点击“完成”时创建。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/first_run/owner_site_pages.py" line="67"/>
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="72"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="73"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="74"/>
        <location filename="../../ui/first_run/owner_site_pages.py" line="94"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="75"/>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="89"/>
        <source>User name: 3 to 64 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名：3 到 64 个字符：小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="91"/>
        <source>Password: the two passwords differ.</source>
        <translation>密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PagedTable</name>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="78"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="84"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="97"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="98"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="99"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="100"/>
        <source>Every row the search and filters match, to CSV or Excel (Ctrl+E)</source>
        <translation>将符合搜索和筛选条件的所有行导出为 CSV 或 Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="208"/>
        <source>Could not read the table: %1</source>
        <translation>无法读取表格：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="210"/>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="222"/>
        <source>Nothing matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="224"/>
        <source>Nothing here yet.</source>
        <translation>这里还没有内容。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="246"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="248"/>
        <location filename="../../ui/crm/paged_table.py" line="258"/>
        <source>No rows</source>
        <translation>无数据行</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="253"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2，共 %3</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="272"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="273"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="273"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="287"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="287"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="307"/>
        <location filename="../../ui/crm/paged_table.py" line="311"/>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../ui/crm/paged_table.py" line="319"/>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
</context>
<context>
    <name>Payback</name>
    <message>
        <location filename="../../services/calculator/payback.py" line="35"/>
        <source>{days:,} days</source>
        <translation>{days:,} 天</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="37"/>
        <source>&gt; {months} months</source>
        <translation>&gt; {months} 个月</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="39"/>
        <source>never</source>
        <translation>无法回本</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="39"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="45"/>
        <source>≈ {days:,} days at today&apos;s figures; difficulty growth delays it</source>
        <translation>按当前数据约 {days:,} 天；难度增长使其推迟</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="49"/>
        <source>≈ {days:,} days at today&apos;s figures</source>
        <translation>按当前数据约 {days:,} 天</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="51"/>
        <source>no hardware cost entered</source>
        <translation>未输入硬件成本</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="53"/>
        <source>no profit at today&apos;s figures</source>
        <translation>按当前数据无利润</translation>
    </message>
    <message>
        <location filename="../../services/calculator/payback.py" line="70"/>
        <source>{value} ({detail})</source>
        <translation>{value}（{detail}）</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="58"/>
        <source>Run billing for a period</source>
        <translation>为账期运行计费</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="59"/>
        <source>Drafts are made from the miners&apos; roll-ups for every contract active in the month.</source>
        <translation>根据矿机汇总数据，为当月所有生效合同生成发票草稿。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="62"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="73"/>
        <source>Month (YYYY-MM):</source>
        <translation>月份 (YYYY-MM)：</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="92"/>
        <source>Making the drafts for %1… Cancel stops waiting at once; the run cannot be interrupted mid-way, so it is rolled back when it ends and nothing of it is kept.</source>
        <translation>正在生成 %1 的草稿… 点“取消”立即停止等待；运行无法中途中断，因此结束时将回滚，不保留任何结果。</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="83"/>
        <source>Deals: %1 · %2&lt;br&gt;weighted %3 (%4 %)</source>
        <translation>商机：%1 · %2&lt;br&gt;加权 %3（%4 %）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="101"/>
        <source>Drag a card to another stage to move the deal.</source>
        <translation>将卡片拖到其他阶段即可推进商机。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="107"/>
        <source>Search deals or customers</source>
        <translation>搜索商机或客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="110"/>
        <source>Only my deals</source>
        <translation>仅我的商机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="136"/>
        <source>Probabilities…</source>
        <translation>概率…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="137"/>
        <source>How likely a deal in each open stage is to be won</source>
        <translation>各未关闭阶段的商机赢单可能性</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="166"/>
        <source>Could not read the pipeline: %1</source>
        <translation>无法读取销售管道：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="174"/>
        <source>Open pipeline — deals: %1 · value %2 · weighted %3</source>
        <translation>销售管道中未关闭的商机：%1 · 金额 %2 · 加权 %3</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="198"/>
        <source>Deal lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="199"/>
        <source>Why was “%1” lost?</source>
        <translation>“%1”为什么丢单？</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="222"/>
        <location filename="../../ui/crm/pipeline_board.py" line="226"/>
        <location filename="../../ui/crm/pipeline_board.py" line="230"/>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="233"/>
        <source>Deal not moved</source>
        <translation>商机未移动</translation>
    </message>
    <message>
        <location filename="../../ui/crm/pipeline_board.py" line="236"/>
        <source>Moved “%1” from %2 to %3.</source>
        <translation>已将“%1”从 %2 移至 %3。</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="109"/>
        <source>Rack and position</source>
        <translation>机架与位置</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="113"/>
        <source>several values: type to change</source>
        <translation>多个值：输入以更改</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="117"/>
        <source>Rack:</source>
        <translation>机架：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="118"/>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="119"/>
        <source>For the %1. A field left as it is stays unchanged.</source>
        <translation>适用于%1。未修改的字段保持不变。</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="31"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="32"/>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="33"/>
        <source>Recover now</source>
        <translation>立即恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="34"/>
        <source>Cancel plan</source>
        <translation>取消计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="35"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="51"/>
        <source>Approve the selected plan so it can be executed (asks first)</source>
        <translation>批准所选计划以便执行（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="54"/>
        <source>Send the selected approved plan to its miners now (asks first)</source>
        <translation>立即将所选已批准计划发送到其矿机（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="57"/>
        <source>Bring the plan&apos;s miners back to full power now, staggered (asks first)</source>
        <translation>立即分批让计划中的矿机恢复满功率（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="60"/>
        <source>Cancel the selected pending or approved plan (asks first)</source>
        <translation>取消所选待批准或已批准的计划（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="61"/>
        <source>Halt the run after the commands in flight, from this console or any other (asks first)</source>
        <translation>在进行中的命令完成后中止执行，无论由本控制台还是其他控制台执行（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="68"/>
        <source>1 miner</source>
        <translation>1 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="68"/>
        <source>{n} miners</source>
        <translation>{n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="78"/>
        <source>Ramp: at most {ramp} kW per minute, in batches a minute apart.</source>
        <translation>爬坡速率：每分钟最多 {ramp} kW，各批次间隔一分钟。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="82"/>
        <source>Ramp: none, every miner at once.</source>
        <translation>爬坡速率：不限，所有矿机同时执行。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="85"/>
        <source>Recovery: automatic after {h} h.</source>
        <translation>恢复：{h} 小时后自动恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="87"/>
        <source>Recovery: when the price falls, or after {h} h.</source>
        <translation>恢复：价格回落时，或 {h} 小时后。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="89"/>
        <source>Recovery: when the price falls.</source>
        <translation>恢复：价格回落时。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="89"/>
        <source>Recovery: by hand (Recover now).</source>
        <translation>恢复：手动（立即恢复）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="96"/>
        <source>execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="96"/>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="97"/>
        <source>Stop the {what} of {name} at {site}?
The run halts once the commands in flight are answered, whichever console or process drives it; no further command is sent. The plan is then stopped with what took effect listed, and Recover now brings the changed miners back.</source>
        <translation>停止 {site} 的 {name} 的{what}？
无论由哪个控制台或进程驱动，进行中的命令得到应答后执行即停止；不再发送任何命令。随后计划将停止并列出已生效的内容，“立即恢复”可让被更改的矿机恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="104"/>
        <source>As a scheduled plan, it starts by itself at its start time.</source>
        <translation>作为定时计划，它将在开始时间自动开始。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="106"/>
        <source>As a price-triggered plan, it starts by itself {start} and recovers {release}.</source>
        <translation>作为价格触发计划，它将在{start}时自动开始，并在{release}时恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="110"/>
        <source>Anyone operating the site may then execute it.</source>
        <translation>之后任何操作该矿场的人都可以执行它。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="111"/>
        <source>Approve {name} at {site}?
It sheds {kw} kW on {miners}, losing {ths} TH/s. {then}
</source>
        <translation>批准 {site} 的 {name}？
它将在 {miners}上削减 {kw} kW，损失 {ths} TH/s。{then}
</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="119"/>
        <source>
If another console or the background runner is still running it, this stops with a message; no miner is sent a command twice.</source>
        <translation>
如果其他控制台或后台执行器仍在运行它，此操作将停止并给出提示；不会向任何矿机重复发送命令。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="125"/>
        <source>Resume the execution of {name} at {site}?
It was left executing.</source>
        <translation>继续执行 {site} 的 {name}？
它上次停在执行中。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="130"/>
        <source>Resume the recovery of {name} at {site}?
It was left recovering.</source>
        <translation>继续恢复 {site} 的 {name}？
它上次停在恢复中。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="134"/>
        <source>Execute {name} now?
Commands go to {miners} at {site}: the site sheds about {kw} kW and loses {ths} TH/s until the plan is recovered.</source>
        <translation>立即执行 {name}？
命令将发送到 {site} 的 {miners}：在计划恢复之前，矿场将削减约 {kw} kW，损失 {ths} TH/s。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="145"/>
        <source>Recover {name} now?
Its miners at {site} go back to full power, staggered: the site draws about {kw} kW more once every batch is back.</source>
        <translation>立即恢复 {name}？
其在 {site} 的矿机将分批恢复满功率：所有批次恢复后，矿场用电将增加约 {kw} kW。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="149"/>
        <source>Cancel {name}?
Nothing has been sent to its miners; a cancelled plan cannot be approved or executed.</source>
        <translation>取消 {name}？
尚未向其矿机发送任何命令；已取消的计划不能再被批准或执行。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="164"/>
        <location filename="../../ui/curtailment/plan_actions.py" line="201"/>
        <source>{action}…</source>
        <translation>{action}…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="200"/>
        <source>Resume execution</source>
        <translation>继续执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="200"/>
        <source>Resume recovery</source>
        <translation>继续恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="221"/>
        <source>Your role may not operate this site</source>
        <translation>您的角色无权操作此矿场</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="223"/>
        <source>Select a plan first</source>
        <translation>请先选择计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="225"/>
        <source>Four-eyes rule at this site: someone other than {creator} approves this plan</source>
        <translation>此矿场实行双人审批：须由 {creator} 以外的人批准此计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="229"/>
        <source>Stop requested by {who}: the run halts after the commands in flight</source>
        <translation>{who} 已请求停止：进行中的命令完成后执行将停止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="235"/>
        <source>This console is running the plan: wait for it to finish</source>
        <translation>本控制台正在执行该计划：请等待其完成</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="237"/>
        <source>Running in {owner}: Stop halts it</source>
        <translation>正在 {owner} 中运行：点“停止”可中止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="239"/>
        <source>Another change is being saved</source>
        <translation>另一项更改正在保存</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_actions.py" line="241"/>
        <source>Not for a plan that is {state}</source>
        <translation>不适用于状态为 {state} 的计划</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="126"/>
        <source>{count} miners at {site} shed {kw} kW, losing {ths} TH/s</source>
        <translation>{site} 的 {count} 台矿机削减 {kw} kW，损失 {ths} TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="134"/>
        <source>It then starts by itself {starts}: {sheds}; it recovers {recovers}.</source>
        <translation>之后将自动开始（{starts}）：{sheds}；恢复条件：{recovers}。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="139"/>
        <source>It then starts by itself at {at}: {sheds}.</source>
        <translation>之后将于 {at} 自动开始：{sheds}。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="141"/>
        <source>Once approved it may be executed: {sheds}.</source>
        <translation>批准后即可执行：{sheds}。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="144"/>
        <source>{n} batches.</source>
        <translation>{n} 个批次。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="147"/>
        <source>Save and approve</source>
        <translation>保存并批准</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="148"/>
        <source>Save “{name}” approved?
{then}
{how}</source>
        <translation>保存并批准“{name}”？
{then}
{how}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="169"/>
        <source>The plan was saved pending approval, but not approved: {error}</source>
        <translation>计划已保存为待批准，但未获批准：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="171"/>
        <source>The plan was not saved: {error}</source>
        <translation>计划未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="173"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="179"/>
        <source>Saved “{name}” approved.</source>
        <translation>已保存并批准“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="179"/>
        <source>Saved “{name}” pending approval.</source>
        <translation>已保存“{name}”，等待批准。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="193"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="223"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="261"/>
        <source>{action} plan</source>
        <translation>{action}计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="228"/>
        <source>“{name}” approved.</source>
        <translation>“{name}”已批准。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="228"/>
        <source>“{name}” cancelled.</source>
        <translation>“{name}”已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="243"/>
        <source>Stop plan</source>
        <translation>停止计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="243"/>
        <source>“{name}” was not stopped: {error}</source>
        <translation>“{name}”未停止：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="247"/>
        <source>Stop requested for “{name}”.</source>
        <translation>已请求停止“{name}”。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="263"/>
        <source>{action} of “{name}” stopped: {error}
Each miner&apos;s state is recorded: the Execution view shows where it stopped.</source>
        <translation>“{name}”的{action}已停止：{error}
每台矿机的状态均已记录：“执行”视图显示停止的位置。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="281"/>
        <source>Export plan report</source>
        <translation>导出计划报告</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="283"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="308"/>
        <location filename="../../ui/curtailment/plan_commands.py" line="314"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="309"/>
        <source>Cannot write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="314"/>
        <source>The report was not written: {error}</source>
        <translation>报告未写入：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_commands.py" line="318"/>
        <source>Report saved to {path} ({count} miners).</source>
        <translation>报告已保存到 {path}（{count} 台矿机）。</translation>
    </message>
</context>
<context>
    <name>PlanCost</name>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="56"/>
        <source>costs {cost} ({lost} lost + {commands:,} miners touched × {each})</source>
        <translation>成本 {cost}（损失 {lost} + 改动 {commands:,} 台矿机 × {each}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="63"/>
        <source>{line}; this is the least any plan can cost</source>
        <translation>{line}；这是所有计划中的最低成本</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="67"/>
        <source>{line}; no plan can cost less than {bound}</source>
        <translation>{line}；任何计划的成本都不低于 {bound}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="72"/>
        <source>gains {gain} net</source>
        <translation>净收益 {gain}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="74"/>
        <source>{line}; this is the most any plan can gain</source>
        <translation>{line}；这是所有计划中的最高收益</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="79"/>
        <source>{line}; no plan can gain more than {bound}</source>
        <translation>{line}；任何计划的收益都不超过 {bound}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="84"/>
        <location filename="../../services/curtailment/solution_text.py" line="100"/>
        <source>{line}; no plan can lose less than {bound}</source>
        <translation>{line}；任何计划的损失都不低于 {bound}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="88"/>
        <source>loses {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="90"/>
        <source>{line}; this is the least any plan can lose</source>
        <translation>{line}；这是所有计划中的最低损失</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="95"/>
        <source>{line}; a plan might gain as much as {gain} net</source>
        <translation>{line}；某个计划最多可能获得净收益 {gain}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="53"/>
        <source>Keep the most hashrate</source>
        <translation>保留最多算力</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="54"/>
        <source>Shed the least efficient first</source>
        <translation>优先削减能效最低的</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="55"/>
        <source>Lose the least revenue</source>
        <translation>损失最少收入</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="56"/>
        <source>Respect customer SLAs</source>
        <translation>遵守客户 SLA</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="62"/>
        <source>Sheds where it costs the fewest TH/s.</source>
        <translation>在损失 TH/s 最少的地方削减。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="63"/>
        <source>Sheds the miners with the most joules per terahash first.</source>
        <translation>优先削减每 TH 耗能（焦耳）最多的矿机。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="64"/>
        <source>Sheds where the revenue lost net of the power saved is least: needs the hashprice.</source>
        <translation>在扣除节省电费后收入损失最少的地方削减：需要算力价格。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="65"/>
        <source>Weighs each customer&apos;s hashrate by their SLA weight (Customers below).</source>
        <translation>按各客户的 SLA 权重对其算力加权（见下方“客户”）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="82"/>
        <source>shed … kW (default)</source>
        <translation>削减 … kW（默认）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="83"/>
        <source>e.g. 500</source>
        <translation>例如：500</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="85"/>
        <source>no upper limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="95"/>
        <source>USD per TH/s per day</source>
        <translation>每 TH/s 每天 USD</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="99"/>
        <source>the site&apos;s price</source>
        <translation>矿场电价</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="102"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="105"/>
        <source>A name the history and the report show</source>
        <translation>在历史和报告中显示的名称</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="110"/>
        <source>The power the site must stop drawing (the plan sheds at least this)</source>
        <translation>矿场必须停止消耗的功率（计划至少削减此值）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="116"/>
        <source>Shed at most the target plus this; empty: any overshoot the optimiser needs</source>
        <translation>最多削减 目标 + 此值；留空：允许优化器所需的任意超出</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="118"/>
        <source>What the optimiser minimises</source>
        <translation>优化器最小化的目标</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="125"/>
        <source>Revenue strategy: USD earned per TH/s per day</source>
        <translation>收入策略：每 TH/s 每天赚取的 USD</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="127"/>
        <source>Revenue strategy: what a kWh costs; empty: the site&apos;s</source>
        <translation>收入策略：每 kWh 的成本；留空：使用矿场电价</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="142"/>
        <source>all at once</source>
        <translation>一次性全部</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="144"/>
        <location filename="../../ui/curtailment/plan_editor.py" line="491"/>
        <source>manual recovery</source>
        <translation>手动恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="146"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="149"/>
        <source>Change at most this much power per minute</source>
        <translation>每分钟最多改变这么多功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="153"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="154"/>
        <source>Bring the miners back automatically after this long</source>
        <translation>经过此时长后自动恢复矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="173"/>
        <source>Customers (optional)</source>
        <translation>客户（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="177"/>
        <source>No hosted customers&apos; miners at this site.</source>
        <translation>此矿场没有托管客户的矿机。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="183"/>
        <source>Feed limits (optional)</source>
        <translation>回路限值（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="187"/>
        <source>No miner of this site has a power feed set: per-feed limits need one.</source>
        <translation>此矿场没有矿机设置了供电回路：按回路限值需要先设置回路。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="193"/>
        <source>Prove optimal (exact solver)</source>
        <translation>证明最优（精确求解器）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="196"/>
        <source>Run the exact solver until the plan is proven optimal or the time limit: slower; without it the fast path answers in milliseconds with its gap to the bound</source>
        <translation>运行精确求解器，直到证明计划最优或达到时间上限：较慢；不勾选时，快速算法在毫秒内给出结果及其与界限的差距</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="202"/>
        <source>Solver</source>
        <translation>求解器</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="204"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="204"/>
        <source>The exact solver stops after this long</source>
        <translation>精确求解器在此时长后停止</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="210"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="214"/>
        <source>Solve the plan against the fleet as it is now; nothing is sent (Ctrl+Enter)</source>
        <translation>按机群当前状态求解计划；不发送任何命令 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="216"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="218"/>
        <source>Stop the solver (Esc)</source>
        <translation>停止求解器 (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="290"/>
        <source>No stored market data: type the hashprice.</source>
        <translation>没有已保存的市场数据：请输入算力价格。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="335"/>
        <location filename="../../ui/curtailment/plan_editor.py" line="337"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="390"/>
        <source> (and {n} more)</source>
        <translation> （另有 {n} 项）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="392"/>
        <source>{field}: {message}{more}</source>
        <translation>{field}：{message}{more}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="467"/>
        <source>typed by you</source>
        <translation>由您输入</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_editor.py" line="491"/>
        <source>when the price falls</source>
        <translation>价格回落时</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="104"/>
        <source>Choose a site first.</source>
        <translation>请先选择矿场。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="124"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="129"/>
        <source>Solving… {seconds} s (Esc cancels)</source>
        <translation>正在求解… {seconds} 秒（按 Esc 取消）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="151"/>
        <source>The plan could not be solved: {error}</source>
        <translation>无法求解计划：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="153"/>
        <source>Preview failed</source>
        <translation>预览失败</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="164"/>
        <source>Preview cancelled: nothing changed.</source>
        <translation>预览已取消：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="173"/>
        <source>after the price trigger</source>
        <translation>价格触发后</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="174"/>
        <source>Planned site power, starting {when}</source>
        <translation>计划的矿场功率，开始于{when}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="179"/>
        <source>from {time}</source>
        <translation>从 {time} 起</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="180"/>
        <source>Planned site power, starting at {time}</source>
        <translation>计划的矿场功率，开始于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="182"/>
        <source>from start</source>
        <translation>从开始起</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="182"/>
        <source>Planned site power</source>
        <translation>计划的矿场功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="190"/>
        <source>recovery when the price falls</source>
        <translation>价格回落时恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/plan_page.py" line="195"/>
        <source>Previewed: nothing is sent until the plan is saved, approved and executed.</source>
        <translation>已预览：在计划保存、批准并执行之前，不会发送任何命令。</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="61"/>
        <source>{n} planned</source>
        <translation>{n} 已计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="62"/>
        <source>{n} sending</source>
        <translation>{n} 发送中</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="63"/>
        <source>{n} accepted</source>
        <translation>{n} 已接受</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="64"/>
        <source>{n} confirmed</source>
        <translation>{n} 已确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="65"/>
        <source>{n} unconfirmed</source>
        <translation>{n} 未确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="66"/>
        <source>{n} failed</source>
        <translation>{n} 失败</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="81"/>
        <source>{power} W, {hashrate} TH/s (full: {full_power} W, {full_hashrate} TH/s)</source>
        <translation>{power} W，{hashrate} TH/s（满载：{full_power} W，{full_hashrate} TH/s）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="194"/>
        <source>{done} of {total} sent, {confirmed} confirmed</source>
        <translation>已发送 {done} / {total}，已确认 {confirmed}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/items_model.py" line="199"/>
        <source> · ramp batch {batch} of {batches} next</source>
        <translation> · 下一批爬坡：第 {batch} / {batches} 批</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="37"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="38"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="39"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="40"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="41"/>
        <source>Unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/table_base.py" line="42"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>PlanSolve</name>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="129"/>
        <source> within the constraints</source>
        <translation>（在约束范围内）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution.py" line="136"/>
        <source>{line} ({note})</source>
        <translation>{line}（{note}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="110"/>
        <source>nothing to shed</source>
        <translation>无需削减</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="113"/>
        <source>cannot shed {target}: the fleet has no miners</source>
        <translation>无法削减 {target}：机群中没有矿机</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="167"/>
        <source>the efficiency order is a fixed rule, not an optimum</source>
        <translation>能效排序是固定规则，并非最优解</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="175"/>
        <source>the efficiency order (on/off only) cannot shed {target}{within}: it sheds {shed}; the performance strategy can also use power presets</source>
        <translation>能效排序（仅开/关）无法削减 {target}{within}：只能削减 {shed}；“保留最多算力”策略还可使用功率档位</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="181"/>
        <source>the efficiency order (on/off only) cannot shed {target} to {upper}{within}: it sheds {shed}; the performance strategy can also use power presets</source>
        <translation>能效排序（仅开/关）无法削减 {target} 到 {upper}{within}：只能削减 {shed}；“保留最多算力”策略还可使用功率档位</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="40"/>
        <source>cannot shed {target}: at most {upper} can be shed{within}</source>
        <translation>无法削减 {target}：最多可削减 {upper}{within}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="46"/>
        <source>{message} (an upper estimate from {how}; the best plan found sheds {found})</source>
        <translation>{message}（上限估算自 {how}；找到的最佳计划削减 {found}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="51"/>
        <source>{message}; {how}</source>
        <translation>{message}；{how}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="54"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="18"/>
        <source>{message}; held back by {reasons}</source>
        <translation>{message}；受限于 {reasons}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="210"/>
        <source>no plan shedding {window}{within} was found ({stopped} before finding one); not proven infeasible</source>
        <translation>未找到削减 {window}{within} 的计划（在找到之前{stopped}）；未证明不可行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="266"/>
        <source>not proven: {solver} stopped at its time limit</source>
        <translation>未证明：{solver} 已达时间上限而停止</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="268"/>
        <source>not proven: the exact solver was cancelled</source>
        <translation>未证明：精确求解器已取消</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/optimiser.py" line="270"/>
        <source>not proven: the {solver} run failed, the fast plan stands</source>
        <translation>未证明：{solver} 运行失败，沿用快速算法的计划</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="147"/>
        <source>{solver} stopped at its {seconds:g} s limit</source>
        <translation>{solver} 在 {seconds:g} 秒时限处停止</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="152"/>
        <source>cancelled after {seconds:.1f} s</source>
        <translation>{seconds:.1f} 秒后已取消</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="157"/>
        <source>{solver}&apos;s plan did not pass the check of the constraints</source>
        <translation>{solver} 的计划未通过约束检查</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="160"/>
        <source>the {solver} run failed ({why})</source>
        <translation>{solver} 运行失败（{why}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="139"/>
        <source>at least {target}</source>
        <translation>至少 {target}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/solution_text.py" line="140"/>
        <source>between {target} and {upper}</source>
        <translation>{target} 到 {upper}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="72"/>
        <source>proven by {solver}</source>
        <translation>已由 {solver} 证明</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="82"/>
        <source>no plan sheds {window}{within} ({proved})</source>
        <translation>没有计划能削减 {window}{within}（{proved}）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="88"/>
        <source>{message}; the nearest plan found sheds {shed}</source>
        <translation>{message}；找到的最接近的计划削减 {shed}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/out_of_reach.py" line="91"/>
        <source>{message}; whether the target alone can be met within the constraints is not settled</source>
        <translation>{message}；仅目标本身能否在约束范围内达成尚无定论</translation>
    </message>
</context>
<context>
    <name>PlanState</name>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="59"/>
        <source>Pending approval</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="60"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="61"/>
        <source>Executing</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="62"/>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="63"/>
        <source>Partially executed</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="64"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="65"/>
        <source>Recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="66"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="67"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/plan_states.py" line="68"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <location filename="../../ui/platform_check.py" line="22"/>
        <source>no display: set QT_QPA_PLATFORM=offscreen or run under a desktop</source>
        <translation>没有显示器：请设置 QT_QPA_PLATFORM=offscreen，或在桌面环境中运行</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="39"/>
        <source>no display: nothing listens on DISPLAY={display}; set QT_QPA_PLATFORM=offscreen or run under a desktop</source>
        <translation>没有显示器：DISPLAY={display} 上没有监听者；请设置 QT_QPA_PLATFORM=offscreen，或在桌面环境中运行</translation>
    </message>
    <message>
        <location filename="../../ui/platform_check.py" line="53"/>
        <source>the Qt {platform} platform needs system libraries that are missing: {libraries} (Debian/Ubuntu: sudo apt-get install {packages}; other systems: see the README)</source>
        <translation>Qt {platform} 平台所需的系统库缺失：{libraries}（Debian/Ubuntu：sudo apt-get install {packages}；其他系统：请参阅 README）</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="197"/>
        <source>SLA policy</source>
        <translation>SLA 策略</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="199"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="199"/>
        <source>e.g. Gold 24/7</source>
        <translation>例如：金牌 24/7</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="202"/>
        <source>Empty: the default for customers without their own</source>
        <translation>留空：作为没有专属策略的客户的默认策略</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="203"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="205"/>
        <source>calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="208"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="215"/>
        <source>%1: response (min)</source>
        <translation>%1：响应（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="217"/>
        <location filename="../../ui/crm/sla_page.py" line="223"/>
        <source>business minutes; empty: none</source>
        <translation>工作时间分钟数；留空：无</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="221"/>
        <source>%1: resolution (min)</source>
        <translation>%1：解决（分钟）</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="45"/>
        <source>Change pool</source>
        <translation>更换矿池</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="48"/>
        <source>stratum+tcp://pool.example.com:3333</source>
        <translation>stratum+tcp://pool.example.com:3333</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="50"/>
        <source>account.worker</source>
        <translation>account.worker</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="53"/>
        <source>empty: the one stored in the keyring, else x</source>
        <translation>留空：使用密钥环中保存的密码，否则为 x</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="54"/>
        <source>Remember it in the keyring for this pool and worker</source>
        <translation>在密钥环中为此矿池和矿工名记住密码</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="60"/>
        <source>Pool URL:</source>
        <translation>矿池 URL：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="61"/>
        <source>Worker:</source>
        <translation>矿工名：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="62"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="73"/>
        <source>New pool for {miners}:</source>
        <translation>{miners}的新矿池：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="78"/>
        <source>Remember it for this session (no keyring keeps it longer)</source>
        <translation>在本次会话中记住（没有密钥环可长期保存）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="100"/>
        <source>Give the pool URL and the worker name.</source>
        <translation>请提供矿池 URL 和矿工名。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="107"/>
        <source>Every selected miner&apos;s firmware takes this.</source>
        <translation>所选矿机的固件均支持此设置。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/pool_dialog.py" line="111"/>
        <source>{n} of the {total} selected will refuse it, nothing sent to them: {why}</source>
        <translation>所选 {total} 台中有 {n} 台将拒绝，不会向其发送：{why}</translation>
    </message>
</context>
<context>
    <name>PostgresPage</name>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="103"/>
        <source>Shared PostgreSQL</source>
        <translation>共享 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="106"/>
        <source>The server&apos;s administrator gives you these. Test the connection before going on: nothing is written.</source>
        <translation>这些信息由服务器管理员提供。继续之前请测试连接：测试不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="113"/>
        <source>e.g. db.farm.lan</source>
        <translation>例如：db.farm.lan</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="122"/>
        <source>optional: TLS verified against this CA</source>
        <translation>可选：使用此 CA 验证 TLS</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="123"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="129"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="130"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="131"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="132"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="133"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="134"/>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="135"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="158"/>
        <source>The password is kept in the OS keyring ({where}), never in the settings file.</source>
        <translation>密码保存在操作系统密钥环中（{where}），绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="164"/>
        <source>This computer has no keyring to keep the password: the console asks for it at each start.</source>
        <translation>这台计算机没有可保存密码的密钥环：控制台将在每次启动时询问密码。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="186"/>
        <source>Connecting to {where}…</source>
        <translation>正在连接 {where}…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="199"/>
        <source>The test failed: {error}</source>
        <translation>测试失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="204"/>
        <source>It already has accounts: after Finish you log in with yours.</source>
        <translation>该数据库已有账户：点击“完成”后请使用您的账户登录。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="222"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="222"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PowerGauge</name>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="37"/>
        <source>drawing {kw} kW</source>
        <translation>当前 {kw} kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="39"/>
        <source>target level {kw} kW</source>
        <translation>目标 {kw} kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="41"/>
        <source>capacity {kw} kW</source>
        <translation>容量 {kw} kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="43"/>
        <source>Site {figures}</source>
        <translation>矿场 {figures}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/power_gauge.py" line="43"/>
        <source>No power figures yet</source>
        <translation>暂无功率数据</translation>
    </message>
</context>
<context>
    <name>PowerPrediction</name>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="38"/>
        <source>measured: the miners&apos; own readings · published: the catalogue&apos;s figure for this power mode · catalogue: nominal figures (never measured) · estimated: hashrate falling as power^0.85 (no figure for this power) · estimated overclock: above the full level, which this firmware allows</source>
        <translation>实测：矿机自身读数 · 公布：型号目录中该功耗模式的数值 · 目录：额定数值（未实测）· 估算：算力按 功率^0.85 下降（无该功率的数值）· 超频估算：高于满功率，该固件允许</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="48"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="49"/>
        <source>published</source>
        <translation>公布</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="50"/>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="51"/>
        <source>catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="52"/>
        <source>estimated overclock</source>
        <translation>超频估算</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="63"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="64"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="65"/>
        <source>Now W</source>
        <translation>当前 W</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="66"/>
        <source>Now TH/s</source>
        <translation>当前 TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="67"/>
        <source>At target W</source>
        <translation>目标时 W</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="68"/>
        <source>At target TH/s</source>
        <translation>目标时 TH/s</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="72"/>
        <source>Where the figures now → at the target come from. </source>
        <translation>“当前 → 目标”数值的来源。 </translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="86"/>
        <source> (+{n} refuse)</source>
        <translation> （另有 {n} 台拒绝）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="88"/>
        <source> (+{n} no figures)</source>
        <translation> （另有 {n} 台无数据）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="136"/>
        <source>Predicted, per model:</source>
        <translation>按型号预测：</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="148"/>
        <source>Reading the selected miners&apos; figures…</source>
        <translation>正在读取所选矿机的数据…</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="157"/>
        <source>No prediction: none of the selected miners takes this target with known figures.</source>
        <translation>无法预测：所选矿机中没有已知数据且支持此目标的矿机。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="161"/>
        <source> (estimated)</source>
        <translation> （估算）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="161"/>
        <source> (partly estimated)</source>
        <translation> （部分估算）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/power_prediction_view.py" line="163"/>
        <source>In all: {w0} → {w1} ({dw}), {h0} → {h1} TH/s{note}</source>
        <translation>合计：{w0} → {w1}（{dw}），{h0} → {h1} TH/s{note}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="61"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="61"/>
        <source>catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="63"/>
        <source>{figures}, level {source}</source>
        <translation>{figures}，档位{source}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="131"/>
        <source>Full power and hashrate from the miner&apos;s latest poll</source>
        <translation>满载功率和算力来自矿机最近一次轮询</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="133"/>
        <source>No recent poll: the catalogue&apos;s nominal figures</source>
        <translation>近期无轮询：使用型号目录的额定数值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="136"/>
        <source>; the level&apos;s {power} W and {hashrate} TH/s are {source} of miners of this model confirmed at it</source>
        <translation>；该档位的 {power} W 和 {hashrate} TH/s 是已确认处于该档位的同型号矿机的{source}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_model.py" line="144"/>
        <source>; the hashrate at {pct} % power is estimated as full × ({pct} %)^{exponent} (the catalogue has no figure for it)</source>
        <translation>；{pct} % 功率下的算力按 满载 × ({pct} %)^{exponent} 估算（型号目录中没有该数值）</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="121"/>
        <source>Preview the drafts</source>
        <translation>预览草稿</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="126"/>
        <source>Draft / line</source>
        <translation>草稿 / 明细行</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="126"/>
        <source>Amount (USD)</source>
        <translation>金额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="126"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="135"/>
        <source>Issue all</source>
        <translation>全部开具</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="141"/>
        <source>%1 draft(s) for %2, %3 USD in all.</source>
        <translation>%2 的 %1 份草稿，共 %3 USD。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="145"/>
        <source>Not drafted: %1</source>
        <translation>未起草：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="150"/>
        <source>Issue all %1</source>
        <translation>全部开具 %1 份</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="158"/>
        <source>uptime %1 %, %2 gap(s)</source>
        <translation>在线率 %1 %，%2 个缺口</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="167"/>
        <source>Usage per miner</source>
        <translation>各矿机用量</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="169"/>
        <source>%1 kWh (%2 in gaps), uptime %3 %</source>
        <translation>%1 kWh（缺口中 %2），在线率 %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="174"/>
        <source>Gaps (%1)</source>
        <translation>缺口（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/billing_wizard.py" line="176"/>
        <source>%1 s billed at %2 W</source>
        <translation>%1 秒按 %2 W 计费</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="46"/>
        <source>1 miner</source>
        <translation>1 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="46"/>
        <source>{n} miners</source>
        <translation>{n} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="60"/>
        <source>under 0.01 s</source>
        <translation>不到 0.01 秒</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="60"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="66"/>
        <source>every miner of the site was a candidate</source>
        <translation>矿场的所有矿机均为候选</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="68"/>
        <source>{miners} {why}</source>
        <translation>{miners}{why}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="71"/>
        <source>left out: {miners}</source>
        <translation>未计入：{miners}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="88"/>
        <source>Anti-flap: {miners} changed in the last {minutes:g} min, {kw}</source>
        <translation>防抖动：{miners}在最近 {minutes:g} 分钟内有过变更，{kw}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="93"/>
        <source> (all free at {time} {zone})</source>
        <translation> （{time} {zone} 全部解除）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="96"/>
        <source>Kept at full power (protected): {miners}, {kw}</source>
        <translation>保持满功率（受保护）：{miners}，{kw}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="99"/>
        <source>Customer cap{cap} of {customer} ({miners}): {kw}</source>
        <translation>{customer} 的客户上限{cap}（{miners}）：{kw}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="104"/>
        <source>Feed limit{limit} on {feed} ({miners}): {kw}</source>
        <translation>{feed} 的回路限值{limit}（{miners}）：{kw}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="109"/>
        <source>Left out, {why}: {miners}, drawing no power to shed</source>
        <translation>未计入（{why}）：{miners}，无可削减的功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="110"/>
        <source>Left out, {why}: {miners}, {kw} at their deepest level</source>
        <translation>未计入（{why}）：{miners}，最低档位时 {kw}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="116"/>
        <source>proven optimal</source>
        <translation>已证明最优</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="116"/>
        <source>not proven optimal</source>
        <translation>未证明最优</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="119"/>
        <source>gap unknown</source>
        <translation>差距未知</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="121"/>
        <source>gap {pct} %</source>
        <translation>差距 {pct} %</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="126"/>
        <source>objective {objective} · bound {bound}</source>
        <translation>目标值 {objective} · 界限 {bound}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="141"/>
        <source>, at most {most} kW</source>
        <translation>，最多 {most} kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="142"/>
        <source>Shed {shed} kW of the {target} kW target{limit} · lost {lost} TH/s · {commands} in {batches}</source>
        <translation>削减 {shed} kW（目标 {target} kW{limit}）· 损失 {lost} TH/s · {commands}，分 {batches}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="150"/>
        <source>1 batch</source>
        <translation>1 批</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="150"/>
        <source>{n} batches</source>
        <translation>{n} 批</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="156"/>
        <source> within {kw} kW</source>
        <translation> （容差 {kw} kW）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="157"/>
        <source>No plan sheds {target} kW{within}: at most {most} kW can be shed now</source>
        <translation>没有计划能削减 {target} kW{within}：目前最多可削减 {most} kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="161"/>
        <source> (an upper estimate)</source>
        <translation> （上限估计）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="162"/>
        <source>Below: the most found that can be shed now, {kw} kW on {miners}; lower the target to save a plan.</source>
        <translation>下方：目前找到的最大可削减量，{miners}上 {kw} kW；请降低目标以保存计划。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="165"/>
        <source>The request is more than the site draws now ({kw} kW).</source>
        <translation>请求值超过矿场当前用电（{kw} kW）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="170"/>
        <source>, {pct}% of the candidates measured</source>
        <translation>，{pct}% 的候选矿机有实测数据</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="172"/>
        <source>{site} draws {kw} kW now{share} · {excluded}</source>
        <translation>{site} 当前用电 {kw} kW{share} · {excluded}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="182"/>
        <source>1 command (one miner touched)</source>
        <translation>1 条命令（涉及 1 台矿机）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="184"/>
        <source>{n} commands (one per miner touched)</source>
        <translation>{n} 条命令（每台涉及的矿机 1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="210"/>
        <source>No preview yet: fill in the plan on the left and press Preview (Ctrl+Enter).</source>
        <translation>尚无预览：请在左侧填写计划并点击“预览” (Ctrl+Enter)。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="238"/>
        <source>Filter miners (name, host, model, customer, feed, level)</source>
        <translation>筛选矿机（名称、主机、型号、客户、回路、档位）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="241"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="243"/>
        <source>Save this plan pending approval; nothing is sent to the miners (Ctrl+S)</source>
        <translation>保存此计划，等待批准；不向矿机发送任何命令 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="244"/>
        <source>Save and approve…</source>
        <translation>保存并批准…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="246"/>
        <source>Save this plan approved, ready to execute (asks first)</source>
        <translation>保存并批准此计划，可随时执行（会先询问）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="321"/>
        <source>The form changed since this preview: Preview again (Ctrl+Enter) to use the new values; Save keeps the plan shown.</source>
        <translation>此预览之后表单已更改：请重新预览 (Ctrl+Enter) 以使用新数值；“保存”将保存当前显示的计划。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="330"/>
        <source>{fleet} · previewed {time}</source>
        <translation>{fleet} · 预览于 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="345"/>
        <source>Saved: follow it in Execution; preview again for another plan</source>
        <translation>已保存：请在“执行”中跟踪；重新预览可制定另一个计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="351"/>
        <source>No preview yet.</source>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="366"/>
        <source>Your role may not approve plans at this site</source>
        <translation>您的角色无权批准此矿场的计划</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="372"/>
        <source>{total} miners</source>
        <translation>{total} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="374"/>
        <source>showing {shown} of {total} miners</source>
        <translation>显示 {shown} / {total} 台矿机</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="388"/>
        <source>Keep this miner at full power and preview again</source>
        <translation>让此矿机保持满功率并重新预览</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/preview_panel.py" line="390"/>
        <source>Keep these {count} miners at full power and preview again</source>
        <translation>让这 {count} 台矿机保持满功率并重新预览</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="56"/>
        <source>Candles</source>
        <translation>K 线</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="57"/>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="59"/>
        <location filename="../../ui/analytics/price_chart.py" line="126"/>
        <source>SMA 20</source>
        <translation>SMA 20</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="60"/>
        <location filename="../../ui/analytics/price_chart.py" line="127"/>
        <source>EMA 20</source>
        <translation>EMA 20</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="61"/>
        <location filename="../../ui/analytics/price_chart.py" line="128"/>
        <source>Bollinger (20, 2)</source>
        <translation>布林带 (20, 2)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="62"/>
        <source>MACD crossings</source>
        <translation>MACD 交叉</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="67"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="75"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="75"/>
        <source>Whole history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="78"/>
        <source>Zoom ({key}); the wheel and a drag zoom and pan too</source>
        <translation>缩放 ({key})；滚轮和拖动也可缩放和平移</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="94"/>
        <source>BTC (USD)</source>
        <translation>BTC (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="95"/>
        <source>RSI 14</source>
        <translation>RSI 14</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="96"/>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="129"/>
        <source>MACD (12, 26)</source>
        <translation>MACD (12, 26)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="130"/>
        <source>Signal (9)</source>
        <translation>信号线 (9)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/price_chart.py" line="276"/>
        <source>{day}  close {close}  SMA {sma}  EMA {ema}  RSI {rsi}  MACD {macd} / {signal}</source>
        <translation>{day}  收盘 {close}  SMA {sma}  EMA {ema}  RSI {rsi}  MACD {macd} / {signal}</translation>
    </message>
</context>
<context>
    <name>PriceEntry</name>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="47"/>
        <source>Set power price</source>
        <translation>设置电价</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="48"/>
        <source>Power price now at {site}, in $/kWh:</source>
        <translation>{site} 当前电价（$/kWh）：</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="83"/>
        <source>The power price was not recorded</source>
        <translation>电价未记录</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="90"/>
        <source>The power price was not recorded: {error}</source>
        <translation>电价未记录：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/price_entry.py" line="94"/>
        <source>Recorded a power price of {price}.</source>
        <translation>已记录电价 {price}。</translation>
    </message>
</context>
<context>
    <name>ProbabilitiesDialog</name>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="24"/>
        <source>Stage probabilities</source>
        <translation>阶段概率</translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="26"/>
        <source>probabilities</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="35"/>
        <source>0 to 100</source>
        <translation>0 到 100</translation>
    </message>
    <message>
        <location filename="../../ui/crm/probabilities_dialog.py" line="36"/>
        <source>% of the stage&apos;s value counted as weighted</source>
        <translation>该阶段金额计入加权值的百分比</translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="61"/>
        <source>Horizontal axis in days or months</source>
        <translation>横轴以天或月为单位</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="62"/>
        <source>Cumulative profit (after hardware cost)</source>
        <translation>累计利润（扣除硬件成本）</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="89"/>
        <source>No figures yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="120"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="120"/>
        <source>months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="175"/>
        <source>payback · day {day}</source>
        <translation>回本 · 第 {day} 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="189"/>
        <source>halving</source>
        <translation>减半</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="195"/>
        <source>end of horizon: {profit}</source>
        <translation>期末：{profit}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="209"/>
        <source>low: difficulty {pct} %/month</source>
        <translation>低：难度 {pct} %/月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="210"/>
        <source>base: {pct} %/month</source>
        <translation>基准：{pct} %/月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="211"/>
        <source>high: {pct} %/month</source>
        <translation>高：{pct} %/月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/profit_chart.py" line="258"/>
        <source>day {day} ({date}): {profit}</source>
        <translation>第 {day} 天（{date}）：{profit}</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="171"/>
        <source>Filter models</source>
        <translation>筛选型号</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="175"/>
        <source>Double-click a model to load it into the calculator</source>
        <translation>双击型号将其载入计算器</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="190"/>
        <source>{models} models, one unit each, $ per day at ${price}/kWh and BTC {btc} (break-even in $/kWh): {paying} make a profit · double-click to load</source>
        <translation>{models} 个型号，各一台，按电价 ${price}/kWh、BTC {btc} 计算的每日 $（盈亏平衡以 $/kWh 计）：{paying} 个盈利 · 双击载入</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <location filename="../../ui/calculator/ranking_table.py" line="155"/>
        <source>Catalogue price of one unit, quoted {day}</source>
        <translation>目录中的单台价格，报价日期 {day}</translation>
    </message>
</context>
<context>
    <name>ReconnectBanner</name>
    <message>
        <location filename="../../ui/reconnect_banner.py" line="64"/>
        <source>Reconnecting to the database… unreachable since {since} ({elapsed}); last error: {error}</source>
        <translation>正在重新连接数据库… 自 {since} 起无法连接（{elapsed}）；最近错误：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/reconnect_banner.py" line="71"/>
        <source>What you type is kept; saves made meanwhile can be retried.</source>
        <translation>您输入的内容会保留；期间的保存操作可以重试。</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/crm/record_page.py" line="108"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/crm/record_page.py" line="151"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="329"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="330"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/admin_widgets.py" line="331"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="168"/>
        <source>Remove miners</source>
        <translation>删除矿机</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="170"/>
        <source> and %1 more</source>
        <translation> 等另外 %1 台</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="173"/>
        <source>Remove %1 from the fleet: %2?</source>
        <translation>从机群中删除%1：%2？</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="177"/>
        <source>Keep their telemetry, alerts and customer history</source>
        <translation>保留其遥测、告警和客户历史</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="179"/>
        <source>Delete their telemetry too: %1 samples and %2 roll-ups, for good</source>
        <translation>同时永久删除其遥测数据：%1 条样本和 %2 条汇总</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="192"/>
        <source>Nothing is sent to the miners; they stop being polled, planned and billed. A kept miner comes back, with its history, when its address is added again.</source>
        <translation>不会向矿机发送任何命令；它们将不再被轮询、计划或计费。保留的矿机在其地址被重新添加时会连同历史一起恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/management_dialogs.py" line="197"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="46"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="47"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="48"/>
        <source>Fees per block (BTC) on days without a stored one</source>
        <translation>无存储数据日期的每区块手续费 (BTC)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="82"/>
        <source>&amp;Replay</source>
        <translation>回放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="127"/>
        <source>No market history yet: import a file or wait for the 15-minute collection.</source>
        <translation>尚无市场历史数据：请导入文件，或等待每 15 分钟一次的采集。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="130"/>
        <source>No stored day has a difficulty: import a history file with a difficulty column.</source>
        <translation>已存储的日期都没有难度数据：请导入包含难度列的历史文件。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="162"/>
        <source>{end} is before {start}</source>
        <translation>{end} 早于 {start}</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="170"/>
        <source>The stored history cannot be read here (no database).</source>
        <translation>此处无法读取已存储的历史数据（没有数据库）。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="195"/>
        <source>Reading the stored history…</source>
        <translation>正在读取已存储的历史数据…</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="202"/>
        <source>Cancelled: the read still running in the background will be discarded.</source>
        <translation>已取消：后台仍在进行的读取结果将被丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="219"/>
        <source>Cumulative profit (USD)</source>
        <translation>累计利润 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="235"/>
        <source>Cumulative profit, covered days</source>
        <translation>累计利润（覆盖日期）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="237"/>
        <source>Day not covered (no telemetry or market data)</source>
        <translation>未覆盖的日期（无遥测或市场数据）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="240"/>
        <source>Fees per block: the stored network snapshots&apos; on {stored} days, {fees} BTC as stated on {stated}; the subsidy follows each day&apos;s halving era.</source>
        <translation>每区块手续费：{stored} 天使用已存储的网络快照，{stated} 天按设定的 {fees} BTC；区块补贴按每天所处的减半周期计算。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="258"/>
        <source>{days} days with a stored close and difficulty ({gap} of {calendar} calendar days missing): {btc:.6f} BTC mined, revenue {revenue:,.2f} USD, power {cost:,.2f} USD, profit {profit:,.2f} USD.</source>
        <translation>{days} 天有已存储的收盘价和难度（{calendar} 个日历日中缺失 {gap} 天）：挖出 {btc:.6f} BTC，收入 {revenue:,.2f} USD，电费 {cost:,.2f} USD，利润 {profit:,.2f} USD。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="270"/>
        <source>all sites</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="272"/>
        <source>The fleet as it was at {where} ({miners} miners in it now): {covered} of {calendar} days covered, {no_telemetry} without telemetry and {no_market} without market data left out (gaps, not zero).
Covered days: {btc:.6f} BTC mined, revenue {revenue:,.2f} USD, energy {kwh:,.1f} kWh costing {cost:,.2f} USD, profit {profit:,.2f} USD.</source>
        <translation>{where} 当时的机群（目前有 {miners} 台矿机）：{calendar} 天中覆盖 {covered} 天，{no_telemetry} 天无遥测、{no_market} 天无市场数据，未计入（视为缺口而非零）。
覆盖日期：挖出 {btc:.6f} BTC，收入 {revenue:,.2f} USD，耗电 {kwh:,.1f} kWh，电费 {cost:,.2f} USD，利润 {profit:,.2f} USD。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/replay_panel.py" line="288"/>
        <source>Partial, counted as far as its hours are rolled up: {days}.</source>
        <translation>部分计入（仅计入已汇总的小时）：{days}。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="235"/>
        <source>Reset password of {name}</source>
        <translation>重置 {name} 的密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="240"/>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="243"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="248"/>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
</context>
<context>
    <name>ResultCards</name>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="28"/>
        <source>BTC / day</source>
        <translation>BTC / 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="29"/>
        <source>Revenue / day</source>
        <translation>收入 / 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="30"/>
        <source>Power cost / day</source>
        <translation>电费 / 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="31"/>
        <source>Profit / day</source>
        <translation>利润 / 天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="32"/>
        <source>Profit / month</source>
        <translation>利润 / 月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="33"/>
        <source>Hashprice</source>
        <translation>算力价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="34"/>
        <source>Break-even power price</source>
        <translation>盈亏平衡电价</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="35"/>
        <source>Break-even BTC price</source>
        <translation>盈亏平衡 BTC 价格</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="36"/>
        <source>Payback</source>
        <translation>回本期</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="37"/>
        <source>ROI over horizon</source>
        <translation>期限内 ROI</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="38"/>
        <source>Hashrate-share estimate</source>
        <translation>算力占比估算</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="39"/>
        <source>Next halving</source>
        <translation>下次减半</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="62"/>
        <source>{months}-month horizon</source>
        <translation>{months} 个月期限</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="70"/>
        <source>{sats} sats · subsidy {subsidy} BTC</source>
        <translation>{sats} 聪 · 补贴 {subsidy} BTC</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="73"/>
        <source>{amount} / month</source>
        <translation>{amount} / 月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="77"/>
        <source>{amount} / month · {kwh} kWh/day</source>
        <translation>{amount} / 月 · {kwh} kWh/天</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="83"/>
        <source>margin {pct}</source>
        <translation>利润率 {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="83"/>
        <source>no revenue</source>
        <translation>无收入</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="88"/>
        <source>{amount} over the {horizon}, after hardware</source>
        <translation>{horizon}内 {amount}，已扣除硬件成本</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="95"/>
        <source>per TH/s per day · {amount} per PH/s</source>
        <translation>每 TH/s 每天 · 每 PH/s {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="99"/>
        <source>you pay ${price} /kWh</source>
        <translation>您的电价 ${price} /kWh</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="104"/>
        <source>BTC now {price}</source>
        <translation>BTC 当前 {price}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="112"/>
        <source>over the {horizon}</source>
        <translation>{horizon}内</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="116"/>
        <source>enter a hardware cost</source>
        <translation>请输入硬件成本</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="119"/>
        <source>{pct} vs the difficulty-based estimate</source>
        <translation>与基于难度的估算相差 {pct}</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="124"/>
        <source>needs the network hashrate</source>
        <translation>需要全网算力</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="136"/>
        <source>on {day} · {months} months</source>
        <translation>{day} · {months} 个月</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="148"/>
        <source>in {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <location filename="../../ui/calculator/result_cards.py" line="149"/>
        <source>≈ {month} · subsidy {subsidy} → {after} BTC</source>
        <translation>≈ {month} · 补贴 {subsidy} → {after} BTC</translation>
    </message>
</context>
<context>
    <name>RevenuePage</name>
    <message>
        <location filename="../../ui/crm/billing_page.py" line="174"/>
        <source>Invoiced (orange) and paid (blue) by billed month; %1 USD invoiced in the last %2 months.</source>
        <translation>按账单月份显示的开票额（橙色）和已付额（蓝色）；最近 %2 个月共开票 %1 USD。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../services/code_labels.py" line="56"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="57"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="58"/>
        <source>Site manager</source>
        <translation>矿场经理</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="59"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../services/code_labels.py" line="60"/>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="45"/>
        <source>See users</source>
        <translation>查看用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="46"/>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="47"/>
        <source>Manage owner and admin accounts</source>
        <translation>管理所有者和管理员账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="48"/>
        <source>Read the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="49"/>
        <source>Change settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="50"/>
        <source>Create, rename and delete sites</source>
        <translation>创建、重命名和删除矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="51"/>
        <source>See sites (a site manager: their own)</source>
        <translation>查看矿场（矿场经理：仅自己的）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="52"/>
        <source>Operate miners (a site manager: their sites)</source>
        <translation>操作矿机（矿场经理：仅自己的矿场）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="53"/>
        <source>Manage customer accounts</source>
        <translation>管理客户账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="54"/>
        <source>Customer portal (own miners, bills, tickets)</source>
        <translation>客户门户（自己的矿机、账单、工单）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="55"/>
        <source>See the miner catalogue</source>
        <translation>查看矿机型号目录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="56"/>
        <source>Edit the miner catalogue</source>
        <translation>编辑矿机型号目录</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="57"/>
        <source>Use the calculator</source>
        <translation>使用计算器</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="114"/>
        <source>{role} may: {permission}</source>
        <translation>{role}可以：{permission}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="116"/>
        <source>{role} may not: {permission}</source>
        <translation>{role}不可以：{permission}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="121"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="121"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="172"/>
        <source>What each role may do. Roles are built in; give a user a role on the Users page. Hover over a role for its description.</source>
        <translation>各角色可执行的操作。角色为内置；请在“用户”页面为用户分配角色。将鼠标悬停在角色上可查看其说明。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="180"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="181"/>
        <source>Count the users in each role again (F5)</source>
        <translation>重新统计各角色的用户数 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="188"/>
        <source>&lt;b&gt;Users per role&lt;/b&gt;</source>
        <translation>&lt;b&gt;各角色用户数&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/admin/roles_page.py" line="207"/>
        <source>The database cannot be reached; press Refresh to try again.</source>
        <translation>无法连接数据库；请点击“刷新”重试。</translation>
    </message>
</context>
<context>
    <name>RolesStatus</name>
    <message>
        <location filename="../../ui/roles_status.py" line="33"/>
        <source>Roles: unknown</source>
        <translation>主导角色：未知</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="33"/>
        <source>The database could not be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="36"/>
        <source>Roles: none</source>
        <translation>主导角色：无</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="37"/>
        <source>This console is not in the control room&apos;s list yet: it joins when its workers start</source>
        <translation>此控制台尚未列入控制室：其工作进程启动后将加入</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="42"/>
        <source>Leads: {roles}</source>
        <translation>主导：{roles}</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="42"/>
        <source>Leads no role</source>
        <translation>未主导任何角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="45"/>
        <source>this console</source>
        <translation>本控制台</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="45"/>
        <source>its agent (pid {pid})</source>
        <translation>其代理（pid {pid}）</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="49"/>
        <source>{role}: epoch {epoch}, held by {holder}, lease renewed until {until}</source>
        <translation>{role}：任期 {epoch}，由 {holder} 持有，租约续至 {until}</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="54"/>
        <source>Another console or agent leads every role, or none is needed</source>
        <translation>其他控制台或代理主导所有角色，或无需任何角色</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="56"/>
        <source>· agent pid {pid} silent {age}</source>
        <translation>· 代理 pid {pid} 已静默 {age}</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="59"/>
        <source>The agent this console started (pid {pid}) has sent no heartbeat for {age}</source>
        <translation>本控制台启动的代理（pid {pid}）已 {age} 未发送心跳</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="77"/>
        <source>Roles: reading…</source>
        <translation>主导角色：读取中…</translation>
    </message>
    <message>
        <location filename="../../ui/roles_status.py" line="78"/>
        <source>Reading what this console leads from the database</source>
        <translation>正在从数据库读取本控制台主导的角色</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <location filename="../../services/curtailment/outcome.py" line="85"/>
        <source>site measured {kw:,.1f} kW against a target of {target:,.1f} kW</source>
        <translation>矿场实测 {kw:,.1f} kW，目标 {target:,.1f} kW</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/outcome.py" line="91"/>
        <source>{measured} ({unmeasured:,} of {miners:,} miners gave no power reading)</source>
        <translation>{measured}（{miners:,} 台矿机中 {unmeasured:,} 台没有功率读数）</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/outcome.py" line="99"/>
        <source>target reached: {measured}</source>
        <translation>已达到目标：{measured}</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/outcome.py" line="101"/>
        <source>short by {short:,.1f} kW: {measured}; {count:,} miners above their level</source>
        <translation>差 {short:,.1f} kW：{measured}；{count:,} 台矿机高于其档位</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="20"/>
        <source>executing</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="21"/>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="22"/>
        <source>partially executed</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="23"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="24"/>
        <source>recovering</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="25"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="26"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="62"/>
        <source>{state}: {confirmed:,} of {total:,} miners confirmed; {commands:,} commands ({resends:,} re-sent); sent in {send_s:.1f} s, reconciled in {confirm_s:.1f} s</source>
        <translation>{state}：{total:,} 台矿机中 {confirmed:,} 台已确认；{commands:,} 条命令（重发 {resends:,} 条）；发送用时 {send_s:.1f} 秒，核对用时 {confirm_s:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="77"/>
        <source>{report}; stopped by {user}</source>
        <translation>{report}；由 {user} 停止</translation>
    </message>
    <message>
        <location filename="../../services/curtailment/run_report.py" line="81"/>
        <source>{report}; {outcome}</source>
        <translation>{report}；{outcome}</translation>
    </message>
</context>
<context>
    <name>RunRequests</name>
    <message>
        <location filename="../../workers/run_requests.py" line="34"/>
        <source>The agent stopped; the run resumes when it starts again.</source>
        <translation>代理已停止；它再次启动后运行将继续。</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="37"/>
        <source>execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="38"/>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="41"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="42"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="43"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="44"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../workers/curtailment_runner.py" line="87"/>
        <source>stopped by {kind}: {error}; it resumes at the next look</source>
        <translation>因 {kind} 停止：{error}；下次检查时继续</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="177"/>
        <source>No agent took the {kind} within {seconds:g} s, so nothing was sent: the console&apos;s agent is not running (the status bar says why). Try again once it is.</source>
        <translation>{seconds:g} 秒内没有代理接手该{kind}，因此未发送任何命令：本控制台的代理未在运行（原因见状态栏）。请在其运行后重试。</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="189"/>
        <source>The {kind} ended {state}.</source>
        <translation>{kind}已结束：{state}。</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="200"/>
        <source>That curtailment plan no longer exists.</source>
        <translation>该限电计划已不存在。</translation>
    </message>
    <message>
        <location filename="../../workers/run_requests.py" line="211"/>
        <source>no agent took it</source>
        <translation>没有代理接手</translation>
    </message>
</context>
<context>
    <name>SaveRetry</name>
    <message>
        <location filename="../../ui/save_retry.py" line="23"/>
        <source>Nothing was saved: {reason}.</source>
        <translation>未保存任何内容：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ui/save_retry.py" line="40"/>
        <source>What you typed is kept: press Retry once the database is back (the banner goes away).</source>
        <translation>您输入的内容已保留：数据库恢复后（横幅消失）请点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../ui/save_retry.py" line="42"/>
        <source>Press Retry once the database is back (the banner goes away).</source>
        <translation>数据库恢复后（横幅消失）请点击“重试”。</translation>
    </message>
    <message>
        <location filename="../../ui/save_retry.py" line="48"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="30"/>
        <source>Hashrate (TH/s)</source>
        <translation>算力 (TH/s)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="31"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="32"/>
        <source>Units</source>
        <translation>台数</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="33"/>
        <source>Electricity ($/kWh)</source>
        <translation>电价 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="34"/>
        <source>BTC price (USD)</source>
        <translation>BTC 价格 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="35"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="36"/>
        <source>Fees per block (BTC)</source>
        <translation>每区块手续费 (BTC)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="37"/>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="38"/>
        <source>Pool fee (%)</source>
        <translation>矿池费 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="39"/>
        <source>Uptime (%)</source>
        <translation>在线率 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="40"/>
        <source>Hardware cost per unit (USD)</source>
        <translation>单台硬件成本 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="60"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/scenario_form.py" line="76"/>
        <source>Typed figures</source>
        <translation>手动输入数值</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../self_test.py" line="36"/>
        <source>curtailment with CBC</source>
        <translation>使用 CBC 求解限电</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="37"/>
        <source>curtailment with HiGHS</source>
        <translation>使用 HiGHS 求解限电</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="38"/>
        <source>database migration</source>
        <translation>数据库迁移</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="39"/>
        <source>indicators (TA-Lib)</source>
        <translation>指标 (TA-Lib)</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="40"/>
        <source>forecast (AutoARIMA)</source>
        <translation>预测 (AutoARIMA)</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="41"/>
        <source>PDF invoice</source>
        <translation>PDF 发票</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="42"/>
        <source>translations (Chinese)</source>
        <translation>翻译（中文）</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="43"/>
        <source>keyring</source>
        <translation>密钥环</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="55"/>
        <source>{step}: not available on this computer: {reason} (not a failure)</source>
        <translation>{step}：这台计算机上不可用：{reason}（不算失败）</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="63"/>
        <source>{step}: FAILED: {reason}</source>
        <translation>{step}：失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="67"/>
        <source>{step}: ok: {found} ({seconds} s)</source>
        <translation>{step}：正常：{found}（{seconds} 秒）</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="75"/>
        <source>self-test of HashInsight Desktop {version} in {where}</source>
        <translation>HashInsight Desktop {version} 自检，位置 {where}</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="90"/>
        <source>self-test failed: {step}</source>
        <translation>自检失败：{step}</translation>
    </message>
    <message>
        <location filename="../../self_test.py" line="93"/>
        <source>self-test passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="65"/>
        <source>shed {shed} W of {target} W, losing {lost} TH/s, proven the least possible</source>
        <translation>削减 {shed} W（目标 {target} W），损失 {lost} TH/s，已证明为最小值</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="103"/>
        <source>an empty SQLite file migrated to schema {head} ({count} migrations)</source>
        <translation>空 SQLite 文件已迁移到架构 {head}（{count} 次迁移）</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="130"/>
        <source>{count} indicators over {days} days; SMA 20 matches the mean of each 20 closes</source>
        <translation>{days} 天的 {count} 个指标；SMA 20 与每 20 个收盘价的均值一致</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="151"/>
        <source>ARIMA{order} chosen by AIC, 7 days forecast with 80 % and 95 % intervals</source>
        <translation>按 AIC 选择 ARIMA{order}，预测 7 天，含 80 % 和 95 % 区间</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="167"/>
        <source>{pages} page(s), {kb} kB, total {total} USD</source>
        <translation>{pages} 页，{kb} kB，合计 {total} USD</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="281"/>
        <source>the console&apos;s and Qt&apos;s own {language} translations load (Cancel: {cancel})</source>
        <translation>控制台和 Qt 自身的{language}翻译已加载（Cancel：{cancel}）</translation>
    </message>
    <message>
        <location filename="../../self_test_steps.py" line="305"/>
        <source>a secret written, read back and deleted in {where}</source>
        <translation>已在 {where} 中写入、读回并删除一个密钥</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="65"/>
        <source>saved settings</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="66"/>
        <source>default: embedded file in the data folder</source>
        <translation>默认：数据文件夹中的内嵌文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="67"/>
        <source>the --database-url option</source>
        <translation>命令行选项 --database-url</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="68"/>
        <source>the {variable} environment variable</source>
        <translation>环境变量 {variable}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="86"/>
        <source>No file at {path} yet: the next start asks before it creates the folder and a database.</source>
        <translation>{path} 尚无文件：下次启动时会先询问，再创建文件夹和数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="89"/>
        <source>No file at {path} yet: the next start asks before it creates a new database there.</source>
        <translation>{path} 尚无文件：下次启动时会先询问，再在此创建新数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="99"/>
        <source>cannot connect to {database}: {error}</source>
        <translation>无法连接到 {database}：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="108"/>
        <source>Connected to {server} at {database}</source>
        <translation>已连接到 {server}（{database}）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="110"/>
        <source>connected, but the server refused a query: {error}</source>
        <translation>已连接，但服务器拒绝了查询：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="170"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="172"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {where}&lt;br&gt;&lt;span style=&apos;color: {muted}&apos;&gt;from {source}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; — {where}&lt;br&gt;&lt;span style=&apos;color: {muted}&apos;&gt;来自{source}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="180"/>
        <source>{variable} is set: it overrides the saved setting below until it is removed.</source>
        <translation>已设置 {variable}：在将其移除之前，它将覆盖下面保存的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="188"/>
        <source>Embedded SQLite file</source>
        <translation>内嵌 SQLite 文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="189"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="199"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="207"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="216"/>
        <source>Ask for the password at each start instead of storing it</source>
        <translation>每次启动时询问密码，而不保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="218"/>
        <source>Nothing is kept on this computer: the console and every command ask for it when they start</source>
        <translation>这台计算机上不保存任何内容：控制台和每个命令在启动时都会询问</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="225"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="226"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="227"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="228"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="229"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="237"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="239"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="258"/>
        <source>Only an owner or an admin can change the database connection.</source>
        <translation>只有所有者或管理员才能更改数据库连接。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="261"/>
        <location filename="../../ui/admin/settings_page.py" line="363"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="264"/>
        <source>Current connection:</source>
        <translation>当前连接：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="313"/>
        <source>Asked at each start: only typed here to test the connection</source>
        <translation>每次启动时询问：此处输入仅用于测试连接</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="315"/>
        <source>Leave empty to keep the password stored in the keyring</source>
        <translation>留空则保持密钥环中保存的密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="317"/>
        <source>No keyring to keep it: tick “Ask for the password at each start”</source>
        <translation>没有可保存密码的密钥环：请勾选“每次启动时询问密码，而不保存”</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="325"/>
        <source>Takes effect at the next start. A server&apos;s password is kept in the OS keyring ({where}), or asked at each start if ticked; never in the settings file.</source>
        <translation>下次启动时生效。服务器密码保存在操作系统密钥环中（{where}），如勾选则每次启动时询问；绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="330"/>
        <source>Takes effect at the next start. A server&apos;s password typed here is kept for this session only (lost when the program exits), or asked at each start if ticked; never in the settings file.</source>
        <translation>下次启动时生效。此处输入的服务器密码仅在本次会话中保留（程序退出后丢失），如勾选则每次启动时询问；绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="335"/>
        <source>Takes effect at the next start. A server&apos;s password cannot be kept here (no keyring): tick “Ask for the password at each start”. It is never written to the settings file.</source>
        <translation>下次启动时生效。此处无法保存服务器密码（没有密钥环）：请勾选“每次启动时询问密码，而不保存”。密码绝不写入设置文件。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="348"/>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="362"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="364"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="368"/>
        <source>{field}: is required for a PostgreSQL server</source>
        <translation>{field}：PostgreSQL 服务器必须填写</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="434"/>
        <source>Not saved: this computer has no keyring to keep the password. Tick “Ask for the password at each start”, or install or unlock a keyring and save again.</source>
        <translation>未保存：这台计算机没有可保存密码的密钥环。请勾选“每次启动时询问密码，而不保存”，或安装、解锁密钥环后再次保存。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="444"/>
        <source>Not saved: the password could not be stored. {error}</source>
        <translation>未保存：无法存储密码。{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="453"/>
        <source>Not saved: cannot write the settings file: {error}</source>
        <translation>未保存：无法写入设置文件：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="457"/>
        <source>Saved {database}. Takes effect at the next start.</source>
        <translation>已保存 {database}。下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="461"/>
        <source>The password is not stored: it is asked at each start.</source>
        <translation>密码未保存：每次启动时询问。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="463"/>
        <source>The password is {where}.</source>
        <translation>密码{where}。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="465"/>
        <source>No password given: the one already in the keyring, if any, is used.</source>
        <translation>未提供密码：如密钥环中已有密码，则使用该密码。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="467"/>
        <source>({variable} still overrides it.)</source>
        <translation>（{variable} 仍会覆盖它。）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="479"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="484"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="497"/>
        <source>Applied, but not saved: {error}</source>
        <translation>已应用，但未保存：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="503"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="506"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="507"/>
        <source>Config folder:</source>
        <translation>配置文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/admin/settings_page.py" line="508"/>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="60"/>
        <location filename="../../ui/help_dialogs.py" line="133"/>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="84"/>
        <source>Find / filter</source>
        <translation>查找 / 筛选</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="85"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="86"/>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="87"/>
        <location filename="../../ui/help_dialogs.py" line="96"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="100"/>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="101"/>
        <source>(no description)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="142"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Does</source>
        <translation>作用</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="147"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/help_dialogs.py" line="154"/>
        <source>Filter shortcuts…</source>
        <translation>筛选快捷键…</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="19"/>
        <source>no Deribit funding or basis (not reachable, or not collected yet)</source>
        <translation>无 Deribit 资金费率或基差（无法访问或尚未采集）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="24"/>
        <source>funding {funding:+.4f} %/8 h: longs crowded</source>
        <translation>资金费率 {funding:+.4f} %/8 小时：多头拥挤</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="26"/>
        <source>funding {funding:+.4f} %/8 h: shorts pay longs</source>
        <translation>资金费率 {funding:+.4f} %/8 小时：空头付费给多头</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="28"/>
        <source>funding {funding:+.4f} %/8 h: normal</source>
        <translation>资金费率 {funding:+.4f} %/8 小时：正常</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="32"/>
        <source>perpetual {basis:+.2f} % over the index: froth</source>
        <translation>永续合约高于指数 {basis:+.2f} %：过热</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="34"/>
        <source>perpetual {basis:+.2f} % under the index: fear</source>
        <translation>永续合约低于指数 {basis:+.2f} %：恐慌</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/derivatives.py" line="36"/>
        <source>perpetual {basis:+.2f} % from the index: flat</source>
        <translation>永续合约偏离指数 {basis:+.2f} %：持平</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="23"/>
        <source>daily moves shrinking {days} days running</source>
        <translation>日波动连续 {days} 天收窄</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="27"/>
        <source>volume falling {days} days running</source>
        <translation>成交量连续 {days} 天下降</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="34"/>
        <source>{n} daily closes; a {channel}-day breakout needs {needed}</source>
        <translation>{n} 个日收盘价；{channel} 日突破需要 {needed} 个</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="45"/>
        <source>{channel}-day breakout tiring: RSI {rsi:.0f}, {fading}</source>
        <translation>{channel} 日向上突破乏力：RSI {rsi:.0f}，{fading}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="49"/>
        <source>{channel}-day breakdown tiring: RSI {rsi:.0f}, {fading}</source>
        <translation>{channel} 日向下突破乏力：RSI {rsi:.0f}，{fading}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="53"/>
        <source>breakout in the last {days} days; not exhausted (RSI {rsi:.0f})</source>
        <translation>最近 {days} 天向上突破；未衰竭（RSI {rsi:.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="55"/>
        <source>breakdown in the last {days} days; not exhausted (RSI {rsi:.0f})</source>
        <translation>最近 {days} 天向下突破；未衰竭（RSI {rsi:.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/exhaustion.py" line="57"/>
        <source>no breakout in the last {days} days; not exhausted (RSI {rsi:.0f})</source>
        <translation>最近 {days} 天无突破；未衰竭（RSI {rsi:.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="50"/>
        <source>{n} daily closes; swing levels need {needed}</source>
        <translation>{n} 个日收盘价；摆动位需要 {needed} 个</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="54"/>
        <source>no swing high or low in the look-back</source>
        <translation>回看期内无摆动高点或低点</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="59"/>
        <source>closed above resistance {level:,.0f}</source>
        <translation>收于阻力位 {level:,.0f} 之上</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="62"/>
        <source>closed below support {level:,.0f}</source>
        <translation>收于支撑位 {level:,.0f} 之下</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="69"/>
        <source>{close:,.0f} just above support {level:,.0f}</source>
        <translation>{close:,.0f} 略高于支撑位 {level:,.0f}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="74"/>
        <source>{close:,.0f} just under resistance {level:,.0f}</source>
        <translation>{close:,.0f} 略低于阻力位 {level:,.0f}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="86"/>
        <source>between levels (support {support:,.0f}, resistance {resistance:,.0f})</source>
        <translation>位于支撑与阻力之间（支撑 {support:,.0f}，阻力 {resistance:,.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="89"/>
        <source>between levels (support {support:,.0f})</source>
        <translation>位于支撑与阻力之间（支撑 {support:,.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="91"/>
        <source>between levels (resistance {resistance:,.0f})</source>
        <translation>位于支撑与阻力之间（阻力 {resistance:,.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/levels.py" line="93"/>
        <source>between levels (none near)</source>
        <translation>位于支撑与阻力之间（附近无关键位）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="26"/>
        <source>no difficulty history</source>
        <translation>无难度历史</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="29"/>
        <source>difficulty needed today and {days} days ago</source>
        <translation>需要今天和 {days} 天前的难度</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="36"/>
        <source>over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: miners&apos; margins widen</source>
        <translation>{days} 天内价格 {price:+.1f} %，难度 {difficulty:+.1f} %：矿工利润率扩大</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="41"/>
        <source>over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: miners squeezed (selling pressure)</source>
        <translation>{days} 天内价格 {price:+.1f} %，难度 {difficulty:+.1f} %：矿工承压（抛售压力）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="47"/>
        <source>over {days} days price {price:+.1f} %, difficulty {difficulty:+.1f} %: in step</source>
        <translation>{days} 天内价格 {price:+.1f} %，难度 {difficulty:+.1f} %：同步</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="58"/>
        <source>hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: rising</source>
        <translation>算力价格（价格 ÷ 难度）{days} 天内 {trend:+.1f} %：上升</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="63"/>
        <source>hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: falling</source>
        <translation>算力价格（价格 ÷ 难度）{days} 天内 {trend:+.1f} %：下降</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/network.py" line="68"/>
        <source>hashprice (price ÷ difficulty) {trend:+.1f} % over {days} days: flat</source>
        <translation>算力价格（价格 ÷ 难度）{days} 天内 {trend:+.1f} %：持平</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="24"/>
        <source>{n} daily closes; the trend needs {needed}</source>
        <translation>{n} 个日收盘价；趋势判断需要 {needed} 个</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="30"/>
        <source>uptrend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)</source>
        <translation>上升趋势：收盘 {close:,.0f}，50 日均线 {sma:,.0f}（{days} 天内 {slope:+.1f} %）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="35"/>
        <source>downtrend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)</source>
        <translation>下降趋势：收盘 {close:,.0f}，50 日均线 {sma:,.0f}（{days} 天内 {slope:+.1f} %）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="40"/>
        <source>no clear trend: close {close:,.0f} vs 50-day average {sma:,.0f} ({slope:+.1f} % in {days} days)</source>
        <translation>无明显趋势：收盘 {close:,.0f}，50 日均线 {sma:,.0f}（{days} 天内 {slope:+.1f} %）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="50"/>
        <source>high volatility: {now:.0f} % a year vs a typical {typical:.0f} %</source>
        <translation>高波动：年化 {now:.0f} %，通常为 {typical:.0f} %</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="52"/>
        <source>low volatility: {now:.0f} % a year vs a typical {typical:.0f} %</source>
        <translation>低波动：年化 {now:.0f} %，通常为 {typical:.0f} %</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/regime.py" line="54"/>
        <source>normal volatility: {now:.0f} % a year vs a typical {typical:.0f} %</source>
        <translation>正常波动：年化 {now:.0f} %，通常为 {typical:.0f} %</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/sentiment.py" line="16"/>
        <source>no prices</source>
        <translation>无价格数据</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/sentiment.py" line="20"/>
        <source>no Fear &amp; Greed reading within {days} days of {day}</source>
        <translation>{day} 前后 {days} 天内无恐惧与贪婪指数读数</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/sentiment.py" line="27"/>
        <source>Fear &amp; Greed {value} on {day}: extreme fear (contrarian buy)</source>
        <translation>{day} 恐惧与贪婪指数 {value}：极度恐惧（逆向买入）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/sentiment.py" line="32"/>
        <source>Fear &amp; Greed {value} on {day}: extreme greed (contrarian sell)</source>
        <translation>{day} 恐惧与贪婪指数 {value}：极度贪婪（逆向卖出）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/sentiment.py" line="35"/>
        <source>Fear &amp; Greed {value} on {day}: not at an extreme</source>
        <translation>{day} 恐惧与贪婪指数 {value}：未处于极端</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="36"/>
        <source>{n} daily closes; MACD needs {needed}</source>
        <translation>{n} 个日收盘价；MACD 需要 {needed} 个</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="43"/>
        <source>MACD crossed above its signal line</source>
        <translation>MACD 上穿信号线</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="46"/>
        <source>MACD crossed below its signal line</source>
        <translation>MACD 下穿信号线</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="50"/>
        <source>price crossed above its 20-day average ({sma:,.0f})</source>
        <translation>价格上穿 20 日均线（{sma:,.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="53"/>
        <source>price crossed below its 20-day average ({sma:,.0f})</source>
        <translation>价格下穿 20 日均线（{sma:,.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="58"/>
        <source>close {close:,.0f} above the upper band {band:,.0f}: stretched</source>
        <translation>收盘 {close:,.0f} 高于上轨 {band:,.0f}：过度延伸</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="65"/>
        <source>close {close:,.0f} below the lower band {band:,.0f}: stretched</source>
        <translation>收盘 {close:,.0f} 低于下轨 {band:,.0f}：过度延伸</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="72"/>
        <source>the price has not moved: RSI says nothing</source>
        <translation>价格没有变动：RSI 无参考意义</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="75"/>
        <source>RSI {rsi:.0f}: oversold (≤ {limit:.0f})</source>
        <translation>RSI {rsi:.0f}：超卖（≤ {limit:.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="78"/>
        <source>RSI {rsi:.0f}: overbought (≥ {limit:.0f})</source>
        <translation>RSI {rsi:.0f}：超买（≥ {limit:.0f}）</translation>
    </message>
    <message>
        <location filename="../../services/analytics/signals/technical.py" line="81"/>
        <source>RSI {rsi:.0f}: neither oversold nor overbought</source>
        <translation>RSI {rsi:.0f}：既未超卖也未超买</translation>
    </message>
</context>
<context>
    <name>SignalsPanel</name>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="54"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="54"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="54"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="58"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="58"/>
        <source>Price (USD)</source>
        <translation>价格 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="58"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="65"/>
        <source>Signal ensemble (−100 sell … +100 buy)</source>
        <translation>信号组合（−100 卖出 … +100 买入）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="70"/>
        <source>Latest prices by source</source>
        <translation>各来源最新价格</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="78"/>
        <source>technical</source>
        <translation>技术面</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="79"/>
        <source>sentiment</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="80"/>
        <source>derivatives</source>
        <translation>衍生品</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="81"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="82"/>
        <source>regime</source>
        <translation>市场状态</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="83"/>
        <source>levels</source>
        <translation>关键位</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="84"/>
        <source>exhaustion</source>
        <translation>衰竭</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="89"/>
        <source>No score: no market history yet.</source>
        <translation>无评分：尚无市场历史数据。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="95"/>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="95"/>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="95"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="97"/>
        <source>Score {score}: {stance} (as of {day})</source>
        <translation>评分 {score}：{stance}（截至 {day}）</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="107"/>
        <source>Support {s} · resistance {r}</source>
        <translation>支撑 {s} · 阻力 {r}</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="122"/>
        <source>Not counted (no data):</source>
        <translation>未计入（无数据）：</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="125"/>
        <source>Every module had data.</source>
        <translation>所有模块都有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="131"/>
        <source>No collection round yet: the market-history job asks the exchanges every 15 minutes.</source>
        <translation>尚未进行采集：市场历史作业每 15 分钟向交易所查询一次。</translation>
    </message>
    <message>
        <location filename="../../ui/analytics/signals_panel.py" line="139"/>
        <source>{time}: {price} USD from {answered} of {asked} sources ({pct:.0f} % complete), {kept} kept</source>
        <translation>{time}：{price} USD，来自 {asked} 个来源中的 {answered} 个（完整度 {pct:.0f} %），保留 {kept} 个</translation>
    </message>
</context>
<context>
    <name>SiteBar</name>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="45"/>
        <source>The site to plan for (sites you may operate)</source>
        <translation>要制定计划的矿场（您可操作的矿场）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="47"/>
        <source>no site to operate yet</source>
        <translation>尚无可操作的矿场</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="50"/>
        <source>What the site&apos;s miners that answered their last poll draw now</source>
        <translation>该矿场在最近一次轮询中有应答的矿机当前的用电</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="62"/>
        <source>Read the power, the plans and the open plan again (F5)</source>
        <translation>重新读取功率、计划列表和当前打开的计划 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="72"/>
        <source>Set price…</source>
        <translation>设置电价…</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="75"/>
        <source>Record the site&apos;s power price now, in $/kWh (what price-triggered plans watch)</source>
        <translation>记录矿场当前电价，单位 $/kWh（价格触发计划据此判断）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="78"/>
        <source>Site</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="85"/>
        <source>Power now</source>
        <translation>当前功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="126"/>
        <source>no power price recorded</source>
        <translation>未记录电价</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="128"/>
        <source>No power price recorded for this site: Set price… records one (or `curtail price`).</source>
        <translation>此矿场未记录电价：可用“设置电价…”记录（或 `curtail price`）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="133"/>
        <source>price {price}, {age}</source>
        <translation>电价 {price}，{age}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="138"/>
        <source>The site&apos;s latest power price: {price} from {source}, recorded {when}. Price-triggered plans watch it.</source>
        <translation>矿场最新电价：{price}，来自 {source}，记录于 {when}。价格触发计划据此判断。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="161"/>
        <source>{n} of {m} miners reporting</source>
        <translation>{m} 台矿机中 {n} 台上报</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="166"/>
        <source>{down} active miner(s) did not answer their last poll, or were not polled in the last 10 minutes</source>
        <translation>{down} 台运行中的矿机未应答最近一次轮询，或最近 10 分钟内未被轮询</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="169"/>
        <source>Every active miner answered its last poll</source>
        <translation>所有运行中的矿机都应答了最近一次轮询</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="174"/>
        <source>power before</source>
        <translation>执行前功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="174"/>
        <source>power at preview</source>
        <translation>预览时功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="176"/>
        <source>“{name}” ({state}): {before} {p0} · target ≤ {target} · now {now}</source>
        <translation>“{name}”（{state}）：{before} {p0} · 目标 ≤ {target} · 当前 {now}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="187"/>
        <source>The plan&apos;s fixed figures: the site drew {p0} before it; it aims at {target} (shed {shed}), fixed when the run started. &apos;now&apos; is the power measured now.</source>
        <translation>计划的固定数值：执行前矿场用电 {p0}；目标为 {target}（削减 {shed}），在执行开始时确定。“当前”为此刻实测功率。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="199"/>
        <source>gap {gap} above target</source>
        <translation>高于目标 {gap}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="201"/>
        <source>gap {gap}: within tolerance of target</source>
        <translation>差距 {gap}：在目标容差内</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="203"/>
        <source>gap {gap}: at or below target</source>
        <translation>差距 {gap}：达到或低于目标</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="207"/>
        <source>Measured now − target; above target + tolerance ({tol}) it is shown as a warning</source>
        <translation>当前实测 − 目标；超过 目标 + 容差（{tol}）时显示为警告</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="217"/>
        <source>An estimate for the target typed in the form, from the power now; a plan fixes its figures when it runs</source>
        <translation>根据当前功率对表单中所填目标的估算；计划在执行时确定其数值</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="224"/>
        <source>shed {target}: more than the site draws</source>
        <translation>削减 {target}：超过矿场当前用电</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/site_bar.py" line="226"/>
        <source>shed {target} → about {level} from the power now</source>
        <translation>削减 {target} → 按当前功率约为 {level}</translation>
    </message>
</context>
<context>
    <name>SiteCard</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="72"/>
        <source>All sites</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="80"/>
        <source>{n} curtailed</source>
        <translation>{n} 限电</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="81"/>
        <source>{n} curtailed ({asleep} asleep)</source>
        <translation>{n} 限电（{asleep} 休眠）</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="233"/>
        <source>{n} online</source>
        <translation>{n} 在线</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="237"/>
        <source>{n} offline</source>
        <translation>{n} 离线</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="241"/>
        <source>{n} alerting</source>
        <translation>{n} 告警</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="251"/>
        <source>of {total}</source>
        <translation>/ {total}</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="255"/>
        <source>{n} degraded</source>
        <translation>{n} 降级</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="257"/>
        <source>{n} sleeping</source>
        <translation>{n} 休眠</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="122"/>
        <source>Add site</source>
        <translation>添加矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="124"/>
        <source>Edit site {name}</source>
        <translation>编辑矿场 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="131"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="131"/>
        <source>e.g. Texas North</source>
        <translation>例如：德州北区</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="135"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="137"/>
        <source>e.g. Odessa, TX, USA</source>
        <translation>例如：Odessa, TX, USA</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="143"/>
        <source>Capacity (MW)</source>
        <translation>容量 (MW)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="145"/>
        <source>e.g. 20</source>
        <translation>例如：20</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="146"/>
        <source>Between 0 and 10,000 MW; leave it empty when not known.</source>
        <translation>0 到 10,000 MW；未知时留空。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="150"/>
        <source>Electricity ($/kWh)</source>
        <translation>电价 ($/kWh)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="152"/>
        <source>e.g. 0.045</source>
        <translation>例如：0.045</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="153"/>
        <source>All-in price per kWh in US dollars, between 0 and 10.</source>
        <translation>每 kWh 的综合价格（美元），0 到 10 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="168"/>
        <source>Timezone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="169"/>
        <source>A second person approves curtailment plans (four-eyes)</source>
        <translation>限电计划需由第二人批准（双人审批）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="174"/>
        <source>Curtailment</source>
        <translation>限电</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="176"/>
        <source>When on, whoever created a curtailment plan at this site cannot approve it (console and CLI).</source>
        <translation>开启后，在此矿场创建限电计划的人不能批准该计划（控制台和命令行均适用）。</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="108"/>
        <source>The first site (optional)</source>
        <translation>第一个矿场（可选）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="110"/>
        <source>Add the site and scan its network for miners now, or later from the Admin and Fleet tabs.</source>
        <translation>现在添加矿场并扫描其网络中的矿机，或稍后在“管理”和“机群”标签页中进行。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="114"/>
        <source>Add a site now</source>
        <translation>现在添加矿场</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="127"/>
        <source> USD/kWh</source>
        <translation> USD/kWh</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="128"/>
        <source>e.g. 10.20.0.0/24 (at most a /16)</source>
        <translation>例如：10.20.0.0/24（最大 /16）</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="133"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="134"/>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="136"/>
        <source>%v of %m addresses</source>
        <translation>%v / %m 个地址</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="148"/>
        <source>Site name</source>
        <translation>矿场名称</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="149"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="150"/>
        <source>Power price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="152"/>
        <location filename="../../ui/first_run/owner_site_pages.py" line="194"/>
        <source>CIDR range</source>
        <translation>CIDR 范围</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="153"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="162"/>
        <source>Miners answering on the site&apos;s network (ticked ones are added at Finish):</source>
        <translation>在矿场网络中应答的矿机（勾选的将在点击“完成”时添加）：</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="203"/>
        <source>Scanning {count} addresses…</source>
        <translation>正在扫描 {count} 个地址…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="229"/>
        <source>The scan failed: {error}</source>
        <translation>扫描失败：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="231"/>
        <source>Scan cancelled; {good} miners answered so far.</source>
        <translation>扫描已取消；目前有 {good} 台矿机应答。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="234"/>
        <source>{good} miners answered out of {count} addresses.</source>
        <translation>{count} 个地址中有 {good} 台矿机应答。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/owner_site_pages.py" line="238"/>
        <source>{bad} more answered badly (unticked).</source>
        <translation>另有 {bad} 个应答异常（未勾选）。</translation>
    </message>
</context>
<context>
    <name>SitesCustomersPage</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="275"/>
        <source>No sites yet: add the first one.</source>
        <translation>尚无矿场：请添加第一个。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="277"/>
        <source>No sites in your scope.</source>
        <translation>您的范围内没有矿场。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="280"/>
        <source>Sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="284"/>
        <source>Your role ({role}) may not change sites.</source>
        <translation>您的角色（{role}）无权更改矿场。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="297"/>
        <source>Miner logins…</source>
        <translation>矿机登录…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="306"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="308"/>
        <location filename="../../ui/admin/sites_customers_page.py" line="340"/>
        <source>No customer accounts yet.</source>
        <translation>尚无客户账户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="310"/>
        <source>Your role ({role}) may not manage customer accounts.</source>
        <translation>您的角色（{role}）无权管理客户账户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="322"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="323"/>
        <source>Read both lists again (F5)</source>
        <translation>重新读取两个列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="349"/>
        <source>Your role ({role}) may not set miner logins</source>
        <translation>您的角色（{role}）无权设置矿机登录凭据</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="351"/>
        <source>Select a site first</source>
        <translation>请先选择矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="353"/>
        <source>The web/API login {site}&apos;s miners take, kept in the keyring</source>
        <translation>{site} 矿机使用的 Web/API 登录凭据，保存在密钥环中</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="376"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="377"/>
        <source>
Press F5 to try again.</source>
        <translation>
按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="377"/>
        <source>read the list</source>
        <translation>读取列表</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="406"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="460"/>
        <source>Delete site</source>
        <translation>删除矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="461"/>
        <source>Delete the site {name}? Site managers scoped to it lose it.</source>
        <translation>删除矿场 {name}？范围包含该矿场的矿场经理将失去它。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="475"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="476"/>
        <source>Delete the customer account {name}?</source>
        <translation>删除客户账户 {name}？</translation>
    </message>
</context>
<context>
    <name>SitesModel</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="140"/>
        <source>{site}: {total} active miners — {online} online ({degraded} of them degraded), {curtailed} curtailed by a plan ({asleep} of them asleep), {sleeping} sleeping without a plan, {offline} offline, {alerting} with open alerts. Power counts only miners that report it.</source>
        <translation>{site}：{total} 台运行中的矿机 — {online} 台在线（其中 {degraded} 台降级），{curtailed} 台被计划限电（其中 {asleep} 台休眠），{sleeping} 台无计划休眠，{offline} 台离线，{alerting} 台有未关闭告警。功率仅统计上报功率的矿机。</translation>
    </message>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="156"/>
        <source>Curtailment active: {plans}</source>
        <translation>限电进行中：{plans}</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="99"/>
        <source>four-eyes</source>
        <translation>双人审批</translation>
    </message>
    <message>
        <location filename="../../ui/admin/sites_customers_page.py" line="101"/>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
</context>
<context>
    <name>SitesPanel</name>
    <message>
        <location filename="../../ui/fleet/sites_panel.py" line="299"/>
        <source>Miner logins…</source>
        <translation>矿机登录…</translation>
    </message>
</context>
<context>
    <name>SlaPage</name>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="45"/>
        <source>{part}: write hours as 09:00-17:00, several separated by commas</source>
        <translation>{part}：时间请写成 09:00-17:00，多个以逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="239"/>
        <source>{text}: whole business minutes, e.g. 240</source>
        <translation>{text}：整数工作分钟数，例如 240</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="266"/>
        <source>New policy…</source>
        <translation>新建策略…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="267"/>
        <location filename="../../ui/crm/sla_page.py" line="273"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_page.py" line="271"/>
        <source>New calendar…</source>
        <translation>新建日历…</translation>
    </message>
</context>
<context>
    <name>SlaReportsPage</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="122"/>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="123"/>
        <source>Save signed SLA report…</source>
        <translation>保存已签名的 SLA 报告…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="127"/>
        <source>Your uptime per miner, curtailment hours, incidents and credits for a billed month, signed by the site. `hashinsight-desktop sla verify REPORT` proves it unaltered; away from the site, add --public-key with the site&apos;s key, shown here once a report is saved.</source>
        <translation>某个已计费月份中您每台矿机的在线率、限电小时数、事件和抵扣，由矿场签名。`hashinsight-desktop sla verify REPORT` 可证明其未被篡改；在矿场之外校验时，请加上 --public-key 并提供矿场公钥（保存报告后会在此显示）。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="134"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="148"/>
        <source>Save SLA report</source>
        <translation>保存 SLA 报告</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="148"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="163"/>
        <source>No report</source>
        <translation>无报告</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="166"/>
        <source>Saved the signed report to %1. The site&apos;s public key: %2</source>
        <translation>已将签名报告保存到 %1。矿场公钥：%2</translation>
    </message>
</context>
<context>
    <name>SlaTimerView</name>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="35"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="39"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="42"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="47"/>
        <source>counting</source>
        <translation>计时中</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="48"/>
        <source>paused: outside business hours</source>
        <translation>已暂停：非工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="49"/>
        <source>paused: waiting for the customer</source>
        <translation>已暂停：等待客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="50"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="51"/>
        <source>no SLA target</source>
        <translation>无 SLA 目标</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="84"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="85"/>
        <source>over by %1</source>
        <translation>已超出 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="87"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="91"/>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="93"/>
        <source>BREACHED</source>
        <translation>已违约</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="102"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="106"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/crm/sla_timer_view.py" line="107"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>SourceQuotes</name>
    <message>
        <location filename="../../services/analytics/collectors/aggregate.py" line="54"/>
        <source>{price} is more than {width:.2f} from the median {centre}</source>
        <translation>{price} 与中位数 {centre} 相差超过 {width:.2f}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/collectors/exchanges.py" line="194"/>
        <source>no answer within {seconds:g} s</source>
        <translation>{seconds:g} 秒内无应答</translation>
    </message>
    <message>
        <location filename="../../services/analytics/collectors/exchanges.py" line="197"/>
        <source>{kind} from {path}</source>
        <translation>{path} 返回 {kind}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/collectors/exchanges.py" line="206"/>
        <source>HTTP 451: not offered from this location</source>
        <translation>HTTP 451：此地区不提供服务</translation>
    </message>
    <message>
        <location filename="../../services/analytics/collectors/exchanges.py" line="210"/>
        <source>HTTP {code} from {path}</source>
        <translation>{path} 返回 HTTP {code}</translation>
    </message>
    <message>
        <location filename="../../services/analytics/collectors/exchanges.py" line="221"/>
        <source>{error} in {path}</source>
        <translation>{path}：{error}</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../services/calculator/resolution.py" line="29"/>
        <source>user</source>
        <translation>用户输入</translation>
    </message>
    <message>
        <location filename="../../services/calculator/resolution.py" line="30"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../services/calculator/resolution.py" line="71"/>
        <source>catalogue: {model}</source>
        <translation>型号目录：{model}</translation>
    </message>
    <message>
        <location filename="../../services/calculator/resolution.py" line="101"/>
        <source>measured over {days:,} days of stored difficulty</source>
        <translation>按已存储的 {days:,} 天难度实测</translation>
    </message>
    <message>
        <location filename="../../services/calculator/resolution.py" line="106"/>
        <source>last known ({source})</source>
        <translation>最后已知值（{source}）</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="54"/>
        <source>Welcome to HashInsight Desktop</source>
        <translation>欢迎使用 HashInsight Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="55"/>
        <source>Where should this console keep the farm&apos;s data? You can go back at every step.</source>
        <translation>此控制台应将矿场数据保存在哪里？每一步都可以返回。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="61"/>
        <source>Try the demo farm</source>
        <translation>试用演示矿场</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="63"/>
        <source>240 simulated miners on this computer, with a database of their own. Nothing real is touched, and nothing is remembered: the next start asks again.</source>
        <translation>在这台计算机上运行 240 台模拟矿机，使用独立数据库。不会影响任何真实设备，也不会保存任何设置：下次启动时将再次询问。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="69"/>
        <source>Connect to a shared PostgreSQL</source>
        <translation>连接到共享 PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="70"/>
        <source>The farm&apos;s database on a server that other consoles and site agents use too.</source>
        <translation>服务器上的矿场数据库，其他控制台和矿场代理也在使用。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="74"/>
        <source>Start empty on this computer</source>
        <translation>在这台计算机上从空白开始</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/database_pages.py" line="75"/>
        <source>A new database file for this console alone: {path}</source>
        <translation>仅供此控制台使用的新数据库文件：{path}</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="38"/>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="39"/>
        <source>Late fee</source>
        <translation>滞纳金</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="40"/>
        <source>Credit note</source>
        <translation>贷项通知单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="41"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../services/billing/payments.py" line="127"/>
        <source>{invoice} step {step}</source>
        <translation>{invoice} 催款第 {step} 步</translation>
    </message>
    <message>
        <location filename="../../services/billing/payments.py" line="141"/>
        <source>{note} on {invoice}</source>
        <translation>{invoice} 的 {note}</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="50"/>
        <source>Save statement PDF…</source>
        <translation>保存对账单 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="54"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="55"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="56"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="57"/>
        <source>Amount (USD)</source>
        <translation>金额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="58"/>
        <source>Balance (USD)</source>
        <translation>余额 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="94"/>
        <source>You owe %1 USD.</source>
        <translation>您欠款 %1 USD。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="101"/>
        <source>Save statement</source>
        <translation>保存对账单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="101"/>
        <source>statement.pdf</source>
        <translation>对账单.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="101"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/crm/customer_billing.py" line="110"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="33"/>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../../ui/first_run/wizard.py" line="34"/>
        <source>Nothing has been written yet. Finish does the following:</source>
        <translation>尚未写入任何内容。点击“完成”将执行以下操作：</translation>
    </message>
</context>
<context>
    <name>TelemetryStatus</name>
    <message>
        <location filename="../../ui/telemetry_status.py" line="34"/>
        <source>this console</source>
        <translation>本控制台</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="36"/>
        <source>your agent</source>
        <translation>您的代理</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="38"/>
        <source>the agent on {host} (pid {pid})</source>
        <translation>{host} 上的代理（pid {pid}）</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="40"/>
        <source>the agents of {sites} sites</source>
        <translation>{sites} 个矿场的代理</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="41"/>
        <source>an agent</source>
        <translation>某个代理</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="49"/>
        <source>{hashing} hashing · {offline} offline · {errors} error</source>
        <translation>{hashing} 挖矿中 · {offline} 离线 · {errors} 错误</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="53"/>
        <source>Database away: telemetry as of {at} ({age} ago), {who} polled {polled}: {counts}</source>
        <translation>数据库断开：遥测截至 {at}（{age}前），{who}轮询了 {polled}：{counts}</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="55"/>
        <source>{who} polled {polled} at {at} ({age} ago): {counts}</source>
        <translation>{who}于 {at}（{age}前）轮询了 {polled}：{counts}</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="58"/>
        <source> · {count} samples waiting for the database</source>
        <translation> · {count} 条样本等待写入数据库</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="60"/>
        <source>, {count} lost</source>
        <translation>，丢失 {count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="85"/>
        <source>Polling, curtailment and periodic jobs run in this console&apos;s agent, process {pid}.</source>
        <translation>轮询、限电和定期作业在本控制台的代理（进程 {pid}）中运行。</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="99"/>
        <source>Waiting for the first poll</source>
        <translation>等待首次轮询</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="101"/>
        <source>Telemetry: another desktop polls</source>
        <translation>遥测：由另一台桌面端轮询</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="117"/>
        <source>killed by signal {signal}</source>
        <translation>被信号 {signal} 终止</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="119"/>
        <source>exit code {code}</source>
        <translation>退出码 {code}</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="121"/>
        <source>Agent ended ({how}); restarting in {delay} s</source>
        <translation>代理已结束（{how}）；{delay} 秒后重启</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="123"/>
        <source>Agent starting…</source>
        <translation>代理正在启动…</translation>
    </message>
    <message>
        <location filename="../../ui/telemetry_status.py" line="124"/>
        <source>Agent stopped</source>
        <translation>代理已停止</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../ui/theme.py" line="16"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="17"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="64"/>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="84"/>
        <source>Write a reply (Ctrl+Enter sends it)</source>
        <translation>撰写回复（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="86"/>
        <source>Send reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="89"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="128"/>
        <source>Could not read the ticket: %1</source>
        <translation>无法读取工单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="132"/>
        <source>T-%1 %2</source>
        <translation>T-%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="134"/>
        <source>&lt;h3&gt;T-%1 · %2&lt;/h3&gt;%3 · %4 · priority %5 · opened %6 by %7</source>
        <translation>&lt;h3&gt;T-%1 · %2&lt;/h3&gt;%3 · %4 · 优先级 %5 · %7 创建于 %6</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="145"/>
        <source>Miners: %1</source>
        <translation>矿机：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="147"/>
        <source>Incidents: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="157"/>
        <source>This ticket is closed: open a new one to write again.</source>
        <translation>此工单已关闭：如需再次沟通，请新建工单。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="168"/>
        <source>%1 (customer)</source>
        <translation>%1（客户）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="168"/>
        <source>%1 (staff)</source>
        <translation>%1（员工）</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="174"/>
        <source>%1 moved it to %2</source>
        <translation>%1 将其移至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="177"/>
        <source>e-mail to %1: %2</source>
        <translation>发送给 %1 的邮件：%2</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="190"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="219"/>
        <source>Reply sent; e-mailed to %1.</source>
        <translation>回复已发送；已通过电子邮件发送给 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="221"/>
        <source>Reply sent; not e-mailed: %1.</source>
        <translation>回复已发送；未发送电子邮件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/ticket_detail.py" line="223"/>
        <source>Reply sent.</source>
        <translation>回复已发送。</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="91"/>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="96"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="98"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="98"/>
        <source>e.g. Two miners offline in rack 12</source>
        <translation>例如：12 号机架两台矿机离线</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="105"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="108"/>
        <source>Miners</source>
        <translation>矿机</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="110"/>
        <source>names, comma-separated, e.g. m0012, m0013</source>
        <translation>名称，以逗号分隔，例如 m0012, m0013</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="111"/>
        <source>The customer&apos;s miners the ticket is about (optional).</source>
        <translation>工单涉及的客户矿机（可选）。</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="115"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="139"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../ui/crm/tickets_page.py" line="140"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="54"/>
        <location filename="../../ui/curtailment/timeline_chart.py" line="131"/>
        <source>Planned site power</source>
        <translation>计划的矿场功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="68"/>
        <source>site kW</source>
        <translation>矿场 kW</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="94"/>
        <source>Preview a plan to see its power timeline</source>
        <translation>预览计划以查看其功率时间线</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="103"/>
        <location filename="../../ui/curtailment/timeline_chart.py" line="129"/>
        <source>from start</source>
        <translation>从开始起</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="155"/>
        <source>minutes from start</source>
        <translation>从开始起的分钟数</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="160"/>
        <source>hours {start}</source>
        <translation>小时（{start}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="160"/>
        <source>minutes {start}</source>
        <translation>分钟（{start}）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="170"/>
        <source>target 0 kW: the request exceeds the site&apos;s power</source>
        <translation>目标 0 kW：请求超过矿场功率</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="172"/>
        <source>The request is {kw} more than the site draws now: the target is drawn at 0 kW</source>
        <translation>请求比矿场当前用电多 {kw}：目标按 0 kW 绘制</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="181"/>
        <source>target {power}</source>
        <translation>目标 {power}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="190"/>
        <source>manual recovery</source>
        <translation>手动恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="192"/>
        <source>{note} (shown at 1 h)</source>
        <translation>{note}（显示在 1 小时处）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="194"/>
        <source>recovery</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="201"/>
        <source>now {power} → {least} while shed</source>
        <translation>当前 {power} → 削减期间 {least}</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="242"/>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="244"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/timeline_chart.py" line="246"/>
        <source>at {when}: {power}</source>
        <translation>{when}：{power}</translation>
    </message>
</context>
<context>
    <name>TriggerBox</name>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="31"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="32"/>
        <source>By hand (Execute)</source>
        <translation>手动（执行）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="33"/>
        <source>Once approved, the plan waits until someone executes it</source>
        <translation>批准后，计划将等待有人执行</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="34"/>
        <source>At</source>
        <translation>定时</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="36"/>
        <source>Once approved, the plan starts by itself at this time (the site&apos;s time zone)</source>
        <translation>批准后，计划将在此时间自动开始（矿场时区）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="39"/>
        <source>When the power price rises</source>
        <translation>电价上涨时</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="42"/>
        <source>Once approved, the plan starts by itself when the site&apos;s power price has stayed at or above the threshold for the minimum duration, and recovers when it has stayed below threshold − hysteresis as long (prices come from `curtail price` or a grid feed)</source>
        <translation>批准后，当矿场电价在最短持续时间内一直不低于阈值时，计划自动开始；当电价在同样时长内一直低于 阈值 − 回差 时恢复（价格来自 `curtail price` 或电网数据源）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="57"/>
        <source>e.g. 0.18</source>
        <translation>例如：0.18</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="59"/>
        <source>0: recover below the threshold</source>
        <translation>0：低于阈值即恢复</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="71"/>
        <source>A scheduled plan starts by itself once approved</source>
        <translation>定时计划在批准后自动开始</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="78"/>
        <source>Start when the power price is at or above this</source>
        <translation>电价达到或高于此值时开始</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="83"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="84"/>
        <source>…and has stayed there this long (0 to 1,440 minutes)</source>
        <translation>…并持续此时长（0 到 1,440 分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="90"/>
        <source>Recover once the price has stayed below the threshold minus this as long; empty: 0</source>
        <translation>当价格在同样时长内一直低于 阈值 − 此值 时恢复；留空：0</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="120"/>
        <source>is in the past</source>
        <translation>已是过去的时间</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="127"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="129"/>
        <source>from 0 to 1,440 minutes</source>
        <translation>0 到 1,440 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="149"/>
        <source>Price now {price} ({source}, {age}).</source>
        <translation>当前电价 {price}（{source}，{age}）。</translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="166"/>
        <source>Starts once the price has been ≥ {start} for {minutes} min; recovers once it has been &lt; {stop} as long. </source>
        <translation>电价 ≥ {start} 持续 {minutes} 分钟后开始；&lt; {stop} 持续同样时长后恢复。 </translation>
    </message>
    <message>
        <location filename="../../ui/curtailment/trigger_box.py" line="242"/>
        <source>The site&apos;s time zone (Admin → Sites)</source>
        <translation>矿场时区（管理 → 矿场）</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="80"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="82"/>
        <source>Edit user {name}</source>
        <translation>编辑用户 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="91"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="93"/>
        <source>e.g. j.smith</source>
        <translation>例如：j.smith</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="95"/>
        <source>Lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; cannot be changed later.</source>
        <translation>小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;；以后无法更改。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="102"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="104"/>
        <source>e.g. Jane Smith</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="109"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="111"/>
        <source>e.g. j.smith@example.com</source>
        <translation>例如：j.smith@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="113"/>
        <source>Where notices of the deals they own are e-mailed; empty: in the console only.</source>
        <translation>其负责商机的通知将发送到此邮箱；留空：仅在控制台中通知。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="126"/>
        <source>You cannot change your own role.</source>
        <translation>您不能更改自己的角色。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="127"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="140"/>
        <source>Sites</source>
        <translation>矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="147"/>
        <source>Choose a customer account…</source>
        <translation>选择客户账户…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="152"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="158"/>
        <source>at least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="159"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/user_dialog.py" line="161"/>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/help_dialogs.py" line="182"/>
        <source>User guide — HashInsight Desktop</source>
        <translation>用户指南 — HashInsight Desktop</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users_page.py" line="181"/>
        <source>Filter users…</source>
        <translation>筛选用户…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="185"/>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="190"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="190"/>
        <source>Create an account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="192"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="192"/>
        <source>Change the selected account (or double-click it)</source>
        <translation>修改所选账户（或双击）</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="195"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="195"/>
        <source>Set a new password for the selected account</source>
        <translation>为所选账户设置新密码</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="198"/>
        <source>Disable or re-enable the selected account</source>
        <translation>停用或重新启用所选账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="201"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="202"/>
        <source>Clear the failed logins of the selected account, so its next login need not wait</source>
        <translation>清除所选账户的登录失败记录，使其下次登录无需等待</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="206"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="206"/>
        <source>Delete the selected account</source>
        <translation>删除所选账户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="208"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="208"/>
        <source>Read the list again (F5)</source>
        <translation>重新读取列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="260"/>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="261"/>
        <source>
Press F5 to try again.</source>
        <translation>
按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="261"/>
        <source>read the users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="265"/>
        <source>No users yet.</source>
        <translation>尚无用户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="265"/>
        <source>No user matches the filter.</source>
        <translation>没有符合筛选条件的用户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="291"/>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="291"/>
        <source>{total} users</source>
        <translation>{total} 个用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="293"/>
        <source>{shown} of 1 user</source>
        <translation>{shown} / 1 个用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="295"/>
        <source>{shown} of {total} users</source>
        <translation>{shown} / {total} 个用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="306"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="198"/>
        <location filename="../../ui/admin/users_page.py" line="306"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="50"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="56"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="58"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="64"/>
        <source>all sites</source>
        <translation>所有矿场</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="311"/>
        <source>Your role ({role}) may not manage users.</source>
        <translation>您的角色（{role}）无权管理用户。</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="317"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="400"/>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users_page.py" line="402"/>
        <source>Delete the account {name}? It cannot be undone; disabling keeps the history readable and can be reversed.</source>
        <translation>删除账户 {name}？此操作无法撤销；停用则可保留可读的历史记录，并且可以恢复。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../commands/language.py" line="24"/>
        <source>usage: </source>
        <translation>用法： </translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="25"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="26"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="27"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="28"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="29"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="30"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="31"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="32"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="33"/>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="34"/>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="35"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../commands/language.py" line="36"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
</context>
</TS>
