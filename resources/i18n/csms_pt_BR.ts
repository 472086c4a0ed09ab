<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>installed build</source>
        <translation>versão instalada</translation>
    </message>
    <message>
        <source>from source</source>
        <translation>a partir do código-fonte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Charging-station management system: OCPP 1.6J and 2.0.1 central system for the charge points on the site LAN.</source>
        <translation>Sistema de gestão de estações de recarga: sistema central OCPP 1.6J e 2.0.1 para os carregadores da rede local.</translation>
    </message>
    <message>
        <source>Documents use the TLWG Waree font (Bitstream Vera licence, shipped with the application). Built with Qt for Python (LGPLv3), ocpp, websockets, peewee, pyqtgraph, ReportLab and Babel.</source>
        <translation>Os documentos usam a fonte TLWG Waree (licença Bitstream Vera, distribuída com o aplicativo). Feito com Qt for Python (LGPLv3), ocpp, websockets, peewee, pyqtgraph, ReportLab e Babel.</translation>
    </message>
    <message>
        <source>About CSMS Desktop</source>
        <translation>Sobre o CSMS Desktop</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Licença da fonte</translation>
    </message>
    <message>
        <source>CSMS Desktop cannot start</source>
        <translation>O CSMS Desktop não pode iniciar</translation>
    </message>
    <message>
        <source>Another program, or CSMS Desktop already running, listens on that port. Close it, or start on another port: csms-desktop --port 9001 (or change the port in Settings → OCPP server).</source>
        <translation>Outro programa, ou o CSMS Desktop já em execução, está usando essa porta. Feche-o ou inicie em outra porta: csms-desktop --port 9001 (ou altere a porta em Configurações → Servidor OCPP).</translation>
    </message>
    <message>
        <source>pdftoppm (poppler-utils) is not installed: open the PDF in your viewer instead.</source>
        <translation>O pdftoppm (poppler-utils) não está instalado: abra o PDF no seu visualizador.</translation>
    </message>
    <message>
        <source>could not draw the pages ({error}); open the PDF instead.</source>
        <translation>não foi possível desenhar as páginas ({error}); abra o PDF.</translation>
    </message>
    <message>
        <source>Select an invoice to see it here.</source>
        <translation>Selecione uma fatura para vê-la aqui.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Sem pré-visualização.</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>página {page} de {pages}</translation>
    </message>
    <message>
        <source>Print invoice</source>
        <translation>Imprimir fatura</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potência</translation>
    </message>
    <message>
        <source>No power reported in this range</source>
        <translation>Nenhuma potência informada neste período</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <source>No current reported in this range</source>
        <translation>Nenhuma corrente informada neste período</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>No state of charge reported in this range</source>
        <translation>Nenhum estado de carga informado neste período</translation>
    </message>
    <message>
        <source>Site power</source>
        <translation>Potência do local</translation>
    </message>
    <message>
        <source>Site capacity {power}</source>
        <translation>Capacidade do local {power}</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energia (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Potência (kW)</translation>
    </message>
    <message>
        <source>Current (A)</source>
        <translation>Corrente (A)</translation>
    </message>
    <message>
        <source>Voltage (V)</source>
        <translation>Tensão (V)</translation>
    </message>
    <message>
        <source>SoC (%)</source>
        <translation>SoC (%)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>{charger} · connector {number}</source>
        <translation>{charger} · conector {number}</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transação:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Id tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Driver:</source>
        <translation>Motorista:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Veículo:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Energy:</source>
        <translation>Energia:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Custo:</translation>
    </message>
    <message>
        <source>Stop reason:</source>
        <translation>Motivo da parada:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Stop charging</source>
        <translation>Parar recarga</translation>
    </message>
    <message>
        <source>Ask the charger to end this transaction (RemoteStop)</source>
        <translation>Pede ao carregador para encerrar esta transação (RemoteStop)</translation>
    </message>
    <message>
        <source>Force close a transaction the charger never stopped:</source>
        <translation>Forçar o encerramento de uma transação que o carregador nunca parou:</translation>
    </message>
    <message>
        <source>reason (required), e.g. charger replaced</source>
        <translation>motivo (obrigatório), ex.: carregador substituído</translation>
    </message>
    <message>
        <source>Force close</source>
        <translation>Forçar encerramento</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Meter values</source>
        <translation>Leituras do medidor</translation>
    </message>
    <message>
        <source>{status} · error {code}</source>
        <translation>{status} · erro {code}</translation>
    </message>
    <message>
        <source>{status} (last reported: {reported})</source>
        <translation>{status} (último relatado: {reported})</translation>
    </message>
    <message>
        <source>none on this connector yet</source>
        <translation>nenhuma neste conector ainda</translation>
    </message>
    <message>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>{state} — not stopped by the charger (force close it with a reason)</source>
        <translation>{state} — não encerrada pelo carregador (force o encerramento com um motivo)</translation>
    </message>
    <message>
        <source>{state} — closed by {operator}</source>
        <translation>{state} — encerrada por {operator}</translation>
    </message>
    <message>
        <source>calculated when the session ends</source>
        <translation>calculado quando a sessão terminar</translation>
    </message>
    <message>
        <source>needs review ({flag})</source>
        <translation>precisa de revisão ({flag})</translation>
    </message>
    <message>
        <source>{energy} (so far)</source>
        <translation>{energy} (até agora)</translation>
    </message>
    <message>
        <source>no meter value yet</source>
        <translation>nenhuma leitura do medidor ainda</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Could not read the history (see the log)</source>
        <translation>Não foi possível ler o histórico (veja o log)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt; of transaction {transaction} ({count}, newest first)</source>
        <translation>&lt;b&gt;Leituras do medidor&lt;/b&gt; da transação {transaction} ({count}, mais recentes primeiro)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meter values&lt;/b&gt; of the selected range ({count}, newest first)</source>
        <translation>&lt;b&gt;Leituras do medidor&lt;/b&gt; do período selecionado ({count}, mais recentes primeiro)</translation>
    </message>
    <message>
        <source>{count} samples</source>
        <translation>{count} amostras</translation>
    </message>
    <message>
        <source>No samples in this range</source>
        <translation>Nenhuma amostra neste período</translation>
    </message>
    <message>
        <source>Stop transaction {transaction} on {charger} connector {number}?</source>
        <translation>Parar a transação {transaction} no carregador {charger}, conector {number}?</translation>
    </message>
    <message>
        <source>The charger ends the session; the driver has to start it again.</source>
        <translation>O carregador encerra a sessão; o motorista terá de iniciá-la de novo.</translation>
    </message>
    <message>
        <source>Stop transaction {transaction}</source>
        <translation>Parar transação {transaction}</translation>
    </message>
    <message>
        <source>⚠ give a reason: it is kept with the transaction</source>
        <translation>⚠ informe um motivo: ele fica registrado na transação</translation>
    </message>
    <message>
        <source>Force close of {transaction} refused: {reason}</source>
        <translation>Encerramento forçado de {transaction} recusado: {reason}</translation>
    </message>
    <message>
        <source>Transaction {transaction} force-closed by {operator}; energy flagged {flag}</source>
        <translation>Transação {transaction} encerrada à força por {operator}; energia sinalizada {flag}</translation>
    </message>
    <message>
        <source>Transaction {transaction} force-closed by {operator}</source>
        <translation>Transação {transaction} encerrada à força por {operator}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando para {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total} rows</source>
        <translation>Exportando para {file}: {done} de {total} linhas</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation>Exportação cancelada; nenhum arquivo gravado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Faulted</source>
        <translation>Com defeito</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Em manutenção</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Attendant</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Elétrico</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation>Híbrido plug-in</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Charging started</source>
        <translation>Recarga iniciada</translation>
    </message>
    <message>
        <source>Charging stopped</source>
        <translation>Recarga interrompida</translation>
    </message>
    <message>
        <source>Charging completed</source>
        <translation>Recarga concluída</translation>
    </message>
    <message>
        <source>Payment required</source>
        <translation>Pagamento necessário</translation>
    </message>
    <message>
        <source>System maintenance</source>
        <translation>Manutenção do sistema</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Concurrent transaction</source>
        <translation>Transação simultânea</translation>
    </message>
    <message>
        <source>Emergency stop</source>
        <translation>Parada de emergência</translation>
    </message>
    <message>
        <source>EV disconnected</source>
        <translation>Veículo desconectado</translation>
    </message>
    <message>
        <source>Hard reset</source>
        <translation>Reinício forçado</translation>
    </message>
    <message>
        <source>Soft reset</source>
        <translation>Reinício suave</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remoto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Power loss</source>
        <translation>Queda de energia</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>Reinicialização</translation>
    </message>
    <message>
        <source>Unlock command</source>
        <translation>Comando de desbloqueio</translation>
    </message>
    <message>
        <source>Deauthorized</source>
        <translation>Desautorizado</translation>
    </message>
    <message>
        <source>Energy limit reached</source>
        <translation>Limite de energia atingido</translation>
    </message>
    <message>
        <source>Ground fault</source>
        <translation>Falha de aterramento</translation>
    </message>
    <message>
        <source>Immediate reset</source>
        <translation>Reinício imediato</translation>
    </message>
    <message>
        <source>Out of credit</source>
        <translation>Sem crédito</translation>
    </message>
    <message>
        <source>Master pass</source>
        <translation>Cartão mestre</translation>
    </message>
    <message>
        <source>Overcurrent fault</source>
        <translation>Sobrecorrente</translation>
    </message>
    <message>
        <source>Power quality</source>
        <translation>Qualidade de energia</translation>
    </message>
    <message>
        <source>SoC limit reached</source>
        <translation>Limite de SoC atingido</translation>
    </message>
    <message>
        <source>Stopped by the EV</source>
        <translation>Parado pelo veículo</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Limite de tempo atingido</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Charge points</source>
        <translation>Carregadores</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transações</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Motoristas</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;This page is being built.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;&lt;p&gt;Esta página está em construção.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>CSMS Desktop — {site}</source>
        <translation>CSMS Desktop — {site}</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Switch operator…</source>
        <translation>&amp;Trocar de operador…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CSMS Desktop</source>
        <translation>&amp;Sobre o CSMS Desktop</translation>
    </message>
    <message>
        <source>OCPP server: starting…</source>
        <translation>Servidor OCPP: iniciando…</translation>
    </message>
    <message>
        <source>Times on every page are the site&apos;s time (Settings → Site)</source>
        <translation>Os horários em todas as páginas são do local (Configurações → Local)</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <source>OCPP server: stopped</source>
        <translation>Servidor OCPP: parado</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Locked after 1 minute without activity.</source>
        <translation>Bloqueado após 1 minuto sem atividade.</translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without activity.</source>
        <translation>Bloqueado após {minutes} minutos sem atividade.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Entre para continuar.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Trocar de operador</translation>
    </message>
    <message>
        <source>Signed in now: {operator}.</source>
        <translation>Conectado agora: {operator}.</translation>
    </message>
    <message>
        <source>OCPP server listening on {url}</source>
        <translation>Servidor OCPP escutando em {url}</translation>
    </message>
    <message>
        <source>1 charge point connected</source>
        <translation>1 carregador conectado</translation>
    </message>
    <message>
        <source>{count} charge points connected</source>
        <translation>{count} carregadores conectados</translation>
    </message>
    <message>
        <source>Chargers cannot connect until CSMS Desktop runs again.</source>
        <translation>Os carregadores não conseguirão se conectar até o CSMS Desktop ser aberto de novo.</translation>
    </message>
    <message>
        <source>1 connected charger loses the connection until CSMS Desktop runs again.</source>
        <translation>1 carregador conectado perde a conexão até o CSMS Desktop ser aberto de novo.</translation>
    </message>
    <message>
        <source>{count} connected chargers lose the connection until CSMS Desktop runs again.</source>
        <translation>{count} carregadores conectados perdem a conexão até o CSMS Desktop ser aberto de novo.</translation>
    </message>
    <message>
        <source>Quit CSMS Desktop</source>
        <translation>Sair do CSMS Desktop</translation>
    </message>
    <message>
        <source>Quit CSMS Desktop and stop the OCPP server?</source>
        <translation>Sair do CSMS Desktop e parar o servidor OCPP?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● On-line</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Off-line</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>somente leitura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>leitura e escrita</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>double-click to change</source>
        <translation>clique duas vezes para alterar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veículos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Cadastrado em</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira em</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Carregadores</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>● online</source>
        <translation>● on-line</translation>
    </message>
    <message>
        <source>○ offline</source>
        <translation>○ off-line</translation>
    </message>
    <message>
        <source>List version</source>
        <translation>Versão da lista</translation>
    </message>
    <message>
        <source>Entries sent</source>
        <translation>Entradas enviadas</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Alterações pendentes</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>id {id}</translation>
    </message>
    <message>
        <source>client number {number}</source>
        <translation>cliente número {number}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida em</translation>
    </message>
    <message>
        <source>imported (the seed format has no issue date)</source>
        <translation>importada (o formato de carga inicial não tem data de emissão)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Valor a pagar</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Substitui</translation>
    </message>
    <message>
        <source>paid {when}</source>
        <translation>paga em {when}</translation>
    </message>
    <message>
        <source>replaced by invoice {number}</source>
        <translation>substituída pela fatura {number}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>CPF/CNPJ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Aplica-se a</translation>
    </message>
    <message>
        <source>Site default</source>
        <translation>Padrão do local</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Preço/kWh</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>Faixas horárias</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Taxa por sessão</translation>
    </message>
    <message>
        <source>Idle fee/min</source>
        <translation>Taxa de ociosidade/min</translation>
    </message>
    <message>
        <source>{fee} after {minutes} min</source>
        <translation>{fee} após {minutes} min</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>{rate} incl.</source>
        <translation>{rate} incluso</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Em vigor</translation>
    </message>
    <message>
        <source>● now</source>
        <translation>● agora</translation>
    </message>
    <message>
        <source>Sessions priced</source>
        <translation>Sessões tarifadas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Id da mensagem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>charger → CSMS</source>
        <translation>carregador → CSMS</translation>
    </message>
    <message>
        <source>CSMS → charger</source>
        <translation>CSMS → carregador</translation>
    </message>
    <message>
        <source>Cannot read the message log: {error}</source>
        <translation>Não foi possível ler o registro de mensagens: {error}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Conn.</source>
        <translation>Con.</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Motorista</translation>
    </message>
    <message>
        <source>Stop reason</source>
        <translation>Motivo da parada</translation>
    </message>
    <message>
        <source>Cannot load transactions: {error}</source>
        <translation>Não foi possível carregar as transações: {error}</translation>
    </message>
    <message>
        <source>still charging</source>
        <translation>ainda carregando</translation>
    </message>
    <message>
        <source>{names} and {count} more.</source>
        <translation>{names} e mais {count}.</translation>
    </message>
    <message>
        <source>{names}.</source>
        <translation>{names}.</translation>
    </message>
    <message>
        <source>{count} charger alerts</source>
        <translation>{count} alertas de carregadores</translation>
    </message>
    <message>
        <source>1 unread notification (Ctrl+Shift+N)</source>
        <translation>1 notificação não lida (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>{count} unread notifications (Ctrl+Shift+N)</source>
        <translation>{count} notificações não lidas (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Notifications (Ctrl+Shift+N)</source>
        <translation>Notificações (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Notifications, {count} unread</source>
        <translation>Notificações, {count} não lidas</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Marcar &amp;todas como lidas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&lt;b&gt;{unread}&lt;/b&gt; unread of the latest {count}</source>
        <translation>&lt;b&gt;{unread}&lt;/b&gt; não lidas das {count} mais recentes</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Nenhuma notificação ainda.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{period}: {issued} issued ({amount}), {skipped} skipped, {failed} failed</source>
        <translation>{period}: {issued} emitidas ({amount}), {skipped} ignoradas, {failed} com falha</translation>
    </message>
    <message>
        <source>{summary} - canceled before the end</source>
        <translation>{summary} - cancelado antes do fim</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como paga</translation>
    </message>
    <message>
        <source>Undo mark paid</source>
        <translation>Desfazer pagamento</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <source>Issue a new invoice for this client and month from the data as it is now; this one is canceled and referenced</source>
        <translation>Emite uma nova fatura para este cliente e mês com os dados atuais; esta é cancelada e referenciada</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Abrir no visualizador</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Todos os meses</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 fatura</translation>
    </message>
    <message>
        <source>{count} invoices</source>
        <translation>{count} faturas</translation>
    </message>
    <message>
        <source>{count} · total {sums}</source>
        <translation>{count} · total {sums}</translation>
    </message>
    <message>
        <source>{client} (client {number}) · {month} · {amount} due {due}</source>
        <translation>{client} (cliente {number}) · {month} · {amount} com vencimento em {due}</translation>
    </message>
    <message>
        <source>Replaces invoice {number}.</source>
        <translation>Substitui a fatura {number}.</translation>
    </message>
    <message>
        <source>Canceled: replaced by invoice {number}.</source>
        <translation>Cancelada: substituída pela fatura {number}.</translation>
    </message>
    <message>
        <source>Imported document: printed from its stored lines.</source>
        <translation>Documento importado: impresso a partir dos itens armazenados.</translation>
    </message>
    <message>
        <source>Drawing the invoice…</source>
        <translation>Desenhando a fatura…</translation>
    </message>
    <message>
        <source>This invoice cannot be drawn: {error}</source>
        <translation>Não foi possível desenhar esta fatura: {error}</translation>
    </message>
    <message>
        <source>Mark invoice {number} of {client} as paid?</source>
        <translation>Marcar a fatura {number} de {client} como paga?</translation>
    </message>
    <message>
        <source>This cannot be undone from the application.</source>
        <translation>Isso não pode ser desfeito pelo aplicativo.</translation>
    </message>
    <message>
        <source>Invoice {number} marked paid.</source>
        <translation>Fatura {number} marcada como paga.</translation>
    </message>
    <message>
        <source>Invoice {number} is unpaid again.</source>
        <translation>A fatura {number} voltou a ficar em aberto.</translation>
    </message>
    <message>
        <source>Correct invoice</source>
        <translation>Corrigir fatura</translation>
    </message>
    <message>
        <source>Issue a new invoice for {client}, {month}, from the data as it is now.
Invoice {number} will be canceled.

Reason:</source>
        <translation>Emitir uma nova fatura para {client}, {month}, com os dados atuais.
A fatura {number} será cancelada.

Motivo:</translation>
    </message>
    <message>
        <source>Issuing the corrected invoice…</source>
        <translation>Emitindo a fatura corrigida…</translation>
    </message>
    <message>
        <source>Invoice {number} issued; it replaces {old}.</source>
        <translation>Fatura {number} emitida; ela substitui a {old}.</translation>
    </message>
    <message>
        <source>Invoice {number} issued; it replaces the old one.</source>
        <translation>Fatura {number} emitida; ela substitui a anterior.</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Salvar fatura</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <source>The invoice is not drawn yet.</source>
        <translation>A fatura ainda não foi desenhada.</translation>
    </message>
    <message>
        <source>No PDF viewer could open the invoice. The file is {path}</source>
        <translation>Nenhum visualizador de PDF abriu a fatura. O arquivo está em {path}</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>Nada para imprimir.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>a impressora</translation>
    </message>
    <message>
        <source>Sent 1 page to {printer}.</source>
        <translation>1 página enviada para {printer}.</translation>
    </message>
    <message>
        <source>Sent {count} pages to {printer}.</source>
        <translation>{count} páginas enviadas para {printer}.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Issue invoices</source>
        <translation>Emitir faturas</translation>
    </message>
    <message>
        <source>Monthly report PDF…</source>
        <translation>Relatório mensal em PDF…</translation>
    </message>
    <message>
        <source>Invoices are issued once per client and month; running again skips clients already invoiced.</source>
        <translation>As faturas são emitidas uma vez por cliente e mês; rodar de novo ignora os clientes já faturados.</translation>
    </message>
    <message>
        <source>Reference month</source>
        <translation>Mês de referência</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Pasta dos PDFs</translation>
    </message>
    <message>
        <source>Folder for the invoice PDFs</source>
        <translation>Pasta para os PDFs das faturas</translation>
    </message>
    <message>
        <source>Month not over</source>
        <translation>Mês não encerrado</translation>
    </message>
    <message>
        <source>{month} has not ended yet.</source>
        <translation>{month} ainda não terminou.</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>Emitir mesmo assim</translation>
    </message>
    <message>
        <source>Sessions until the end of the month will not be on these invoices, and running again later skips the clients invoiced now.</source>
        <translation>As sessões de recarga até o fim do mês não entrarão nestas faturas, e rodar de novo depois ignora os clientes faturados agora.</translation>
    </message>
    <message>
        <source>%v / %m clients</source>
        <translation>%v / %m clientes</translation>
    </message>
    <message>
        <source>Looking for clients with charging in {month}…</source>
        <translation>Procurando clientes com recargas em {month}…</translation>
    </message>
    <message>
        <source>No client has charging in this month.</source>
        <translation>Nenhum cliente tem recargas neste mês.</translation>
    </message>
    <message>
        <source>{done} of {total}: {client}</source>
        <translation>{done} de {total}: {client}</translation>
    </message>
    <message>
        <source>1 client with charging in {month}.</source>
        <translation>1 cliente com recargas em {month}.</translation>
    </message>
    <message>
        <source>{count} clients with charging in {month}.</source>
        <translation>{count} clientes com recargas em {month}.</translation>
    </message>
    <message>
        <source>Canceling after the current client…</source>
        <translation>Cancelando após o cliente atual…</translation>
    </message>
    <message>
        <source>{summary}. 1 completed session of this month is on no open invoice (stopped after the run, or a driver assigned later): correct the client&apos;s invoice to include it.</source>
        <translation>{summary}. 1 sessão de recarga concluída deste mês não está em nenhuma fatura aberta (encerrada depois da execução, ou motorista atribuído depois): corrija a fatura do cliente para incluí-la.</translation>
    </message>
    <message>
        <source>{summary}. {count} completed sessions of this month are on no open invoice (stopped after the run, or drivers assigned later): correct the client&apos;s invoice to include them.</source>
        <translation>{summary}. {count} sessões de recarga concluídas deste mês não estão em nenhuma fatura aberta (encerradas depois da execução, ou motoristas atribuídos depois): corrija a fatura do cliente para incluí-las.</translation>
    </message>
    <message>
        <source>PDFs in {folder}</source>
        <translation>PDFs em {folder}</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Relatório mensal</translation>
    </message>
    <message>
        <source>Writing the report for {month}…</source>
        <translation>Gerando o relatório de {month}…</translation>
    </message>
    <message>
        <source>Monthly report saved: {path}</source>
        <translation>Relatório mensal salvo: {path}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Emissão</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Site {site} · installation {installation} · due day {day} · times in {zone}</source>
        <translation>Local {site} · instalação {installation} · vencimento dia {day} · horários em {zone}</translation>
    </message>
    <message>
        <source>No connector has reported yet</source>
        <translation>Nenhum conector se reportou ainda</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Aguardando aprovação</translation>
    </message>
    <message>
        <source>Charger faulted</source>
        <translation>Carregador com falha</translation>
    </message>
    <message>
        <source>Charge point {name}</source>
        <translation>Carregador {name}</translation>
    </message>
    <message>
        <source>Charger faulted: {error}</source>
        <translation>Carregador com falha: {error}</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>chargers online</source>
        <translation>carregadores on-line</translation>
    </message>
    <message>
        <source>chargers offline</source>
        <translation>carregadores off-line</translation>
    </message>
    <message>
        <source>connectors charging</source>
        <translation>conectores carregando</translation>
    </message>
    <message>
        <source>kWh today</source>
        <translation>kWh hoje</translation>
    </message>
    <message>
        <source>Find a charge point (name or id)…</source>
        <translation>Buscar carregador (nome ou id)…</translation>
    </message>
    <message>
        <source>No charge point yet. Point a charger at this computer&apos;s OCPP address; it appears here when it connects.</source>
        <translation>Nenhum carregador ainda. Aponte um carregador para o endereço OCPP deste computador; ele aparece aqui quando se conectar.</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>OCPP messages</source>
        <translation>Mensagens OCPP</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Charger → CSMS (inbound)</source>
        <translation>Carregador → CSMS (entrada)</translation>
    </message>
    <message>
        <source>CSMS → charger (outbound)</source>
        <translation>CSMS → carregador (saída)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Pause live follow</source>
        <translation>Pausar acompanhamento ao vivo</translation>
    </message>
    <message>
        <source>Stop adding new messages at the top (Ctrl+P)</source>
        <translation>Para de adicionar novas mensagens no topo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Voltar ao vivo</translation>
    </message>
    <message>
        <source>Clear the selection and show the newest messages (Esc)</source>
        <translation>Limpa a seleção e mostra as mensagens mais recentes (Esc)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the filtered messages as CSV or JSON lines (Ctrl+E)</source>
        <translation>Exporta as mensagens filtradas como CSV ou JSON lines (Ctrl+E)</translation>
    </message>
    <message>
        <source>Select a message to see its payload.</source>
        <translation>Selecione uma mensagem para ver o conteúdo.</translation>
    </message>
    <message>
        <source>Go to answer</source>
        <translation>Ir para a resposta</translation>
    </message>
    <message>
        <source>Select the linked request/answer in the table (Ctrl+G)</source>
        <translation>Seleciona a requisição/resposta ligada na tabela (Ctrl+G)</translation>
    </message>
    <message>
        <source>a row is selected</source>
        <translation>uma linha está selecionada</translation>
    </message>
    <message>
        <source>scrolled away from the newest</source>
        <translation>rolou para longe das mais recentes</translation>
    </message>
    <message>
        <source>Resume live follow</source>
        <translation>Retomar acompanhamento ao vivo</translation>
    </message>
    <message>
        <source>Live follow paused</source>
        <translation>Acompanhamento ao vivo pausado</translation>
    </message>
    <message>
        <source>Live follow paused: {reason}</source>
        <translation>Acompanhamento ao vivo pausado: {reason}</translation>
    </message>
    <message>
        <source>Following live</source>
        <translation>Acompanhando ao vivo</translation>
    </message>
    <message>
        <source>{state} · 1 new message</source>
        <translation>{state} · 1 mensagem nova</translation>
    </message>
    <message>
        <source>{state} · {count} new messages</source>
        <translation>{state} · {count} mensagens novas</translation>
    </message>
    <message>
        <source>{count} messages shown; scroll down for older.</source>
        <translation>{count} mensagens exibidas; role para baixo para ver as mais antigas.</translation>
    </message>
    <message>
        <source>{count} messages shown.</source>
        <translation>{count} mensagens exibidas.</translation>
    </message>
    <message>
        <source>Looking for the answer…</source>
        <translation>Procurando a resposta…</translation>
    </message>
    <message>
        <source>Looking for the request…</source>
        <translation>Procurando a requisição…</translation>
    </message>
    <message>
        <source>Go to request</source>
        <translation>Ir para a requisição</translation>
    </message>
    <message>
        <source>No answer in the log (yet)</source>
        <translation>Nenhuma resposta no registro (ainda)</translation>
    </message>
    <message>
        <source>No request in the log</source>
        <translation>Nenhuma requisição no registro</translation>
    </message>
    <message>
        <source>The answer: {message} · {ms} ms later</source>
        <translation>A resposta: {message} · {ms} ms depois</translation>
    </message>
    <message>
        <source>The request: {message} · {ms} ms before</source>
        <translation>A requisição: {message} · {ms} ms antes</translation>
    </message>
    <message>
        <source>Select the answer in the table (Ctrl+G)</source>
        <translation>Seleciona a resposta na tabela (Ctrl+G)</translation>
    </message>
    <message>
        <source>The answer is not in the current view (filters or not loaded)</source>
        <translation>A resposta não está na visão atual (filtros ou não carregada)</translation>
    </message>
    <message>
        <source>Select the request in the table (Ctrl+G)</source>
        <translation>Seleciona a requisição na tabela (Ctrl+G)</translation>
    </message>
    <message>
        <source>The request is not in the current view (filters or not loaded)</source>
        <translation>A requisição não está na visão atual (filtros ou não carregada)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensagens</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported {count} messages to {path}</source>
        <translation>{count} mensagens exportadas para {path}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Driver, phone or tag…  (Ctrl+F)</source>
        <translation>Motorista, telefone ou tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export every transaction of the filtered set (Ctrl+E)</source>
        <translation>Exporta todas as transações do filtro atual (Ctrl+E)</translation>
    </message>
    <message>
        <source>All charge points</source>
        <translation>Todos os carregadores</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; transactions &amp;nbsp;·&amp;nbsp; &lt;b&gt;{energy}&lt;/b&gt; kWh &amp;nbsp;·&amp;nbsp; &lt;b&gt;{cost}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; transações &amp;nbsp;·&amp;nbsp; &lt;b&gt;{energy}&lt;/b&gt; kWh &amp;nbsp;·&amp;nbsp; &lt;b&gt;{cost}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading… ({shown} of {total} shown)</source>
        <translation>Carregando… ({shown} de {total} exibidas)</translation>
    </message>
    <message>
        <source>{shown} of {total} shown; scroll down for more.</source>
        <translation>{shown} de {total} exibidas; role para baixo para ver mais.</translation>
    </message>
    <message>
        <source>{shown} shown.</source>
        <translation>{shown} exibidas.</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Exportar transações</translation>
    </message>
    <message>
        <source>Exported {count} transactions to {path}</source>
        <translation>{count} transações exportadas para {path}</translation>
    </message>
    <message>
        <source>CSMS Desktop — OCPP server</source>
        <translation>CSMS Desktop — servidor OCPP</translation>
    </message>
    <message>
        <source>Open CSMS Desktop</source>
        <translation>Abrir o CSMS Desktop</translation>
    </message>
    <message>
        <source>Quit (stop the OCPP server)</source>
        <translation>Sair (parar o servidor OCPP)</translation>
    </message>
    <message>
        <source>The OCPP server is still serving 1 charger. Use the tray icon to reopen or quit.</source>
        <translation>O servidor OCPP continua atendendo 1 carregador. Use o ícone da bandeja para reabrir ou sair.</translation>
    </message>
    <message>
        <source>The OCPP server is still serving {count} chargers. Use the tray icon to reopen or quit.</source>
        <translation>O servidor OCPP continua atendendo {count} carregadores. Use o ícone da bandeja para reabrir ou sair.</translation>
    </message>
    <message>
        <source>CSMS Desktop keeps running</source>
        <translation>O CSMS Desktop continua em execução</translation>
    </message>
    <message>
        <source>Close CSMS Desktop</source>
        <translation>Fechar o CSMS Desktop</translation>
    </message>
    <message>
        <source>1 charger is connected. Keep the OCPP server running in the system tray?</source>
        <translation>1 carregador está conectado. Manter o servidor OCPP rodando na bandeja do sistema?</translation>
    </message>
    <message>
        <source>{count} chargers are connected. Keep the OCPP server running in the system tray?</source>
        <translation>{count} carregadores estão conectados. Manter o servidor OCPP rodando na bandeja do sistema?</translation>
    </message>
    <message>
        <source>Keep the OCPP server running in the system tray?</source>
        <translation>Manter o servidor OCPP rodando na bandeja do sistema?</translation>
    </message>
    <message>
        <source>Quitting stops the server: chargers lose their connection until CSMS Desktop runs again.</source>
        <translation>Sair encerra o servidor: os carregadores perdem a conexão até o CSMS Desktop ser aberto de novo.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Manter na bandeja</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Não perguntar de novo</translation>
    </message>
    <message>
        <source>Charging started on {charger}/{connector}</source>
        <translation>Recarga iniciada em {charger}/{connector}</translation>
    </message>
    <message>
        <source>Charging stopped on {charger}/{connector}</source>
        <translation>Recarga encerrada em {charger}/{connector}</translation>
    </message>
    <message>
        <source>{charger}/{connector} is free again</source>
        <translation>{charger}/{connector} está livre de novo</translation>
    </message>
    <message>
        <source>Transaction {transaction} with tag {tag}.</source>
        <translation>Transação {transaction} com a tag {tag}.</translation>
    </message>
    <message>
        <source>Transaction {transaction}: {kwh} kWh, reason {reason}.</source>
        <translation>Transação {transaction}: {kwh} kWh, motivo {reason}.</translation>
    </message>
    <message>
        <source>Transaction {transaction}: energy needs review ({flag}), reason {reason}.</source>
        <translation>Transação {transaction}: energia precisa de revisão ({flag}), motivo {reason}.</translation>
    </message>
    <message>
        <source>The charging session is complete.</source>
        <translation>A sessão de recarga foi concluída.</translation>
    </message>
    <message>
        <source>Reservation used</source>
        <translation>Reserva utilizada</translation>
    </message>
    <message>
        <source>Reservation expired</source>
        <translation>Reserva expirada</translation>
    </message>
    <message>
        <source>Charger {charger} offline</source>
        <translation>Carregador {charger} off-line</translation>
    </message>
    <message>
        <source>The connection closed ({reason}).</source>
        <translation>A conexão foi encerrada ({reason}).</translation>
    </message>
    <message>
        <source>New charger {charger} waits for approval</source>
        <translation>Novo carregador {charger} aguarda aprovação</translation>
    </message>
    <message>
        <source>{vendor} {model} asked to join; accept it on the Charge points page.</source>
        <translation>{vendor} {model} pediu para entrar; aceite-o na página Carregadores.</translation>
    </message>
    <message>
        <source>{charger} charger faulted</source>
        <translation>Carregador {charger} com falha</translation>
    </message>
    <message>
        <source>{charger} connector {connector} faulted</source>
        <translation>{charger}: conector {connector} com falha</translation>
    </message>
    <message>
        <source>Error code {code}: {info}.</source>
        <translation>Código de erro {code}: {info}.</translation>
    </message>
    <message>
        <source>Error code {code}.</source>
        <translation>Código de erro {code}.</translation>
    </message>
    <message>
        <source>Reservation created</source>
        <translation>Reserva criada</translation>
    </message>
    <message>
        <source>Reservation cancelled</source>
        <translation>Reserva cancelada</translation>
    </message>
    <message>
        <source>Reservation changed</source>
        <translation>Reserva alterada</translation>
    </message>
    <message>
        <source>Invoice {number} is overdue</source>
        <translation>A fatura {number} está vencida</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falha no backup</translation>
    </message>
    <message>
        <source>{charger} ignores load limits</source>
        <translation>{charger} ignora os limites de carga</translation>
    </message>
    <message>
        <source>Security: {kind} ({charger})</source>
        <translation>Segurança: {kind} ({charger})</translation>
    </message>
</context>
<context>
    <name>ApiTokensSection</name>
    <message>
        <source>Automation API tokens (administrators only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API listens on {url}/api/v1 — reference: {url}/openapi.json, guide: docs/api.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is off in this session (--no-api, or its port was taken); tokens still work elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">nunca</translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click again to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {name}? Whatever uses it stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Procurar…</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, weeks and months is kept, and every backup of the last 24 hours; a backup is also made before every database upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site time ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backups: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup in {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup: {0} ({1:.0f} h ago), {2}, {3}. {4} backups, {5} in {6}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: {0} ({1}, {2:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who uses it, e.g. home-assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token now: it is shown only once (only its hash is kept). Send it as “Authorization: Bearer …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
