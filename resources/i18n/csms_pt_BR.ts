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
        <source>No OCPP server here: the site&apos;s nodes serve the chargers</source>
        <translation>Sem servidor OCPP aqui: os nós do local atendem os carregadores</translation>
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
        <source>give the URL the charger should use</source>
        <translation>informe a URL que o carregador deve usar</translation>
    </message>
    <message>
        <source>the URL must start with ftp://, sftp://, http:// or https:// and name a host</source>
        <translation>a URL deve começar com ftp://, sftp://, http:// ou https:// e indicar um host</translation>
    </message>
    <message>
        <source>pick or type an id tag</source>
        <translation>escolha ou digite uma tag</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>button: start charging</comment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start charging (remote start)</source>
        <translation>Iniciar recarga (início remoto)</translation>
    </message>
    <message>
        <source>Id tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop charging (remote stop)</source>
        <translation>Parar recarga (parada remota)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reinício</translation>
    </message>
    <message>
        <source>Stops transactions and restarts the software</source>
        <translation>Encerra as transações e reinicia o software</translation>
    </message>
    <message>
        <source>Hard reset…</source>
        <translation>Reinício forçado…</translation>
    </message>
    <message>
        <source>Reboots the charger (power cycle): use when a soft reset does not help</source>
        <translation>Reinicia o carregador (desliga e liga): use quando o reinício suave não resolver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Destravar</translation>
    </message>
    <message>
        <source>Unlock connector</source>
        <translation>Destravar conector</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>Make operative</source>
        <translation>Tornar operante</translation>
    </message>
    <message>
        <source>Make inoperative</source>
        <translation>Tornar inoperante</translation>
    </message>
    <message>
        <source>Maintenance mode (charger inoperative, flagged for repair)</source>
        <translation>Modo de manutenção (carregador inoperante, marcado para reparo)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Aplicar a</translation>
    </message>
    <message>
        <source>Ask the charger</source>
        <translation>Solicitar ao carregador</translation>
    </message>
    <message>
        <source>Trigger message</source>
        <translation>Solicitar mensagem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Update firmware</source>
        <translation>Atualizar firmware</translation>
    </message>
    <message>
        <source>Firmware update</source>
        <translation>Atualização de firmware</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Não antes de</translation>
    </message>
    <message>
        <source>Get diagnostics</source>
        <translation>Obter diagnóstico</translation>
    </message>
    <message>
        <source>Diagnostics / log upload</source>
        <translation>Envio de diagnóstico / logs</translation>
    </message>
    <message>
        <source>Upload to</source>
        <translation>Enviar para</translation>
    </message>
    <message>
        <source>Any free connector</source>
        <translation>Qualquer conector livre</translation>
    </message>
    <message>
        <source>Whole charger</source>
        <translation>Carregador inteiro</translation>
    </message>
    <message>
        <source>Transaction {id} on connector {number}</source>
        <translation>Transação {id} no conector {number}</translation>
    </message>
    <message>
        <source>No transaction running</source>
        <translation>Nenhuma transação em andamento</translation>
    </message>
    <message>
        <source>Remote start on {charger}</source>
        <translation>Início remoto em {charger}</translation>
    </message>
    <message>
        <source>an id tag has at most {count} characters</source>
        <translation>uma tag tem no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>Remote start on {charger} with tag {tag}</source>
        <translation>Início remoto em {charger} com a tag {tag}</translation>
    </message>
    <message>
        <source>Stop transaction {id} on {charger}?</source>
        <translation>Parar a transação {id} em {charger}?</translation>
    </message>
    <message>
        <source>Soft reset {charger}?</source>
        <translation>Reinício suave de {charger}?</translation>
    </message>
    <message>
        <source>Running sessions on this charger stop.</source>
        <translation>As sessões de recarga em andamento neste carregador param.</translation>
    </message>
    <message>
        <source>Hard reset (reboot) {charger}?</source>
        <translation>Reinício forçado (reboot) de {charger}?</translation>
    </message>
    <message>
        <source>Running sessions stop and the charger is offline until it has rebooted. Try a soft reset first.</source>
        <translation>As sessões em andamento param e o carregador fica offline até reiniciar. Tente um reinício suave primeiro.</translation>
    </message>
    <message>
        <source>Remote stop of transaction {id} on {charger}</source>
        <translation>Parada remota da transação {id} em {charger}</translation>
    </message>
    <message>
        <source>Hard reset of {charger}</source>
        <translation>Reinício forçado de {charger}</translation>
    </message>
    <message>
        <source>Soft reset of {charger}</source>
        <translation>Reinício suave de {charger}</translation>
    </message>
    <message>
        <source>Unlock connector {number} of {charger}</source>
        <translation>Destravar o conector {number} de {charger}</translation>
    </message>
    <message>
        <source>Make the whole charger {charger} operative</source>
        <translation>Tornar o carregador {charger} inteiro operante</translation>
    </message>
    <message>
        <source>Make the whole charger {charger} inoperative</source>
        <translation>Tornar o carregador {charger} inteiro inoperante</translation>
    </message>
    <message>
        <source>Make connector {number} of {charger} operative</source>
        <translation>Tornar o conector {number} de {charger} operante</translation>
    </message>
    <message>
        <source>Make connector {number} of {charger} inoperative</source>
        <translation>Tornar o conector {number} de {charger} inoperante</translation>
    </message>
    <message>
        <source>Maintenance on for {charger} (ChangeAvailability Inoperative)</source>
        <translation>Manutenção ativada em {charger} (ChangeAvailability Inoperative)</translation>
    </message>
    <message>
        <source>Maintenance off for {charger} (ChangeAvailability Operative)</source>
        <translation>Manutenção desativada em {charger} (ChangeAvailability Operative)</translation>
    </message>
    <message>
        <source>Trigger {message} on {charger}</source>
        <translation>Solicitar {message} a {charger}</translation>
    </message>
    <message>
        <source>Firmware update of {charger}</source>
        <translation>Atualização de firmware de {charger}</translation>
    </message>
    <message>
        <source>Diagnostics upload from {charger}</source>
        <translation>Envio de diagnóstico de {charger}</translation>
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
        <source>Accepted</source>
        <comment>tag</comment>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>tag</comment>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>tag</comment>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>tag</comment>
        <translation>Inválida</translation>
    </message>
    <message>
        <source>Vehicle {plate} added</source>
        <translation>Veículo {plate} adicionado</translation>
    </message>
    <message>
        <source>Vehicle {plate} saved</source>
        <translation>Veículo {plate} salvo</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>Veículo removido</translation>
    </message>
    <message>
        <source>Tag {tag} added; chargers&apos; local lists follow</source>
        <translation>Tag {tag} adicionada; as listas locais dos carregadores acompanham</translation>
    </message>
    <message>
        <source>Tag {tag} saved</source>
        <translation>Tag {tag} salva</translation>
    </message>
    <message>
        <source>Tag removed</source>
        <translation>Tag removida</translation>
    </message>
    <message>
        <source>Last unknown card: {tag} at {charger} ({time})</source>
        <translation>Último cartão desconhecido: {tag} em {charger} ({time})</translation>
    </message>
    <message>
        <source>Waiting for a card… (click to stop)</source>
        <translation>Aguardando um cartão… (clique para parar)</translation>
    </message>
    <message>
        <source>Present the new card at any charger now</source>
        <translation>Apresente o novo cartão em qualquer carregador agora</translation>
    </message>
    <message>
        <source>No card was presented within 2 minutes</source>
        <translation>Nenhum cartão foi apresentado em 2 minutos</translation>
    </message>
    <message>
        <source>Card {tag} presented at {charger}: check the details and click Add tag</source>
        <translation>Cartão {tag} apresentado em {charger}: confira os dados e clique em Adicionar tag</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>Cadastrar o próximo cartão apresentado</translation>
    </message>
    <message>
        <source>Link to vehicle</source>
        <translation>Vincular ao veículo</translation>
    </message>
    <message>
        <source>Selected transaction:</source>
        <translation>Transação selecionada:</translation>
    </message>
    <message>
        <source>— no vehicle —</source>
        <translation>— sem veículo —</translation>
    </message>
    <message>
        <source>no cost yet</source>
        <translation>ainda sem custo</translation>
    </message>
    <message>
        <source>{count} session, {energy} kWh, {costs}</source>
        <translation>{count} sessão, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>{count} sessions, {energy} kWh, {costs}</source>
        <translation>{count} sessões, {energy} kWh, {costs}</translation>
    </message>
    <message>
        <source>Select a transaction first</source>
        <translation>Selecione uma transação primeiro</translation>
    </message>
    <message>
        <source>Transaction {id} linked to {vehicle}</source>
        <translation>Transação {id} vinculada a {vehicle}</translation>
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
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>⚠ Every row of the current database is replaced by the backup&apos;s contents.</source>
        <translation>⚠ Todas as linhas do banco de dados atual são substituídas pelo conteúdo do backup.</translation>
    </message>
    <message>
        <source>Transactions, drivers, invoices and settings recorded after {when} are no longer in the database. The OCPP server stops (chargers reconnect by themselves) and CSMS Desktop restarts on the restored database.</source>
        <translation>Transações, motoristas, faturas e configurações registradas depois de {when} deixam de estar no banco de dados. O servidor OCPP para (os carregadores se reconectam sozinhos) e o CSMS Desktop reinicia com o banco de dados restaurado.</translation>
    </message>
    <message>
        <source>Backup: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;made {when}, schema {schema}, integrity {integrity}, {note}</source>
        <translation>Backup: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;feito em {when}, esquema {schema}, integridade {integrity}, {note}</translation>
    </message>
    <message>
        <source>in the backup</source>
        <translation>no backup</translation>
    </message>
    <message>
        <source>A safety copy of the current database is kept in {folder} first.</source>
        <translation>Antes, uma cópia de segurança do banco de dados atual é guardada em {folder}.</translation>
    </message>
    <message>
        <source>I understand that the data recorded after this backup is replaced</source>
        <translation>Entendo que os dados registrados depois deste backup são substituídos</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>Restaurar e reiniciar</translation>
    </message>
    <message>
        <source>A PostgreSQL database is restored with pg_restore, with the server stopped (see the README).</source>
        <translation>Um banco PostgreSQL é restaurado com pg_restore, com o servidor parado (veja o README).</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Backups (*.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Verificando {file}…</translation>
    </message>
    <message>
        <source>{file} cannot be restored: {problems}</source>
        <translation>{file} não pode ser restaurado: {problems}</translation>
    </message>
    <message>
        <source>Stopping the OCPP server…</source>
        <translation>Parando o servidor OCPP…</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>A restauração falhou</translation>
    </message>
    <message>
        <source>{error}. CSMS Desktop restarts on the database as it was.</source>
        <translation>{error}. O CSMS Desktop reinicia com o banco de dados como estava.</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Banco de dados restaurado</translation>
    </message>
    <message>
        <source>Restored {file}. The previous database is kept at {copy}. CSMS Desktop restarts now.</source>
        <translation>{file} restaurado. O banco de dados anterior está guardado em {copy}. O CSMS Desktop reinicia agora.</translation>
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
        <source>Security</source>
        <translation>Segurança</translation>
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
        <source>At least {count} characters</source>
        <translation>Pelo menos {count} caracteres</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Digite seu usuário.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated.</source>
        <translation>Usuário ou senha incorretos, ou a conta está desativada.</translation>
    </message>
    <message>
        <source>Wrong username or password, or the account is deactivated. Try again in {seconds} s.</source>
        <translation>Usuário ou senha incorretos, ou a conta está desativada. Tente novamente em {seconds} s.</translation>
    </message>
    <message>
        <source>Cannot sign in: {error}</source>
        <translation>Não foi possível entrar: {error}</translation>
    </message>
    <message>
        <source>Change the password of &lt;b&gt;{username}&lt;/b&gt;.</source>
        <translation>Alterar a senha de &lt;b&gt;{username}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>enter your current password</source>
        <translation>digite sua senha atual</translation>
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
        <source>New API token</source>
        <translation>Novo token de API</translation>
    </message>
    <message>
        <source>who uses it, e.g. home-assistant</source>
        <translation>quem usa, ex.: home-assistant</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> requisições/min</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>&amp;Limite de taxa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the token now: it is shown only once (only its hash is kept). Send it as “Authorization: Bearer …”.</source>
        <translation>Copie o token agora: ele é mostrado só uma vez (só o hash é guardado). Envie-o como “Authorization: Bearer …”.</translation>
    </message>
    <message>
        <source>Copied. It is shown only once.</source>
        <translation>Copiado. Ele é mostrado só uma vez.</translation>
    </message>
    <message>
        <source>Automation API tokens (administrators only)</source>
        <translation>Tokens da API de automação (somente administradores)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Token starts</source>
        <translation>Início do token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>State</source>
        <comment>of a token</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New &amp;token…</source>
        <translation>Novo &amp;token…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;vogar</translation>
    </message>
    <message>
        <source>The API listens on {url}/api/v1 — reference: {url}/openapi.json, guide: docs/api.md</source>
        <translation>A API escuta em {url}/api/v1 — referência: {url}/openapi.json, guia: docs/api.md</translation>
    </message>
    <message>
        <source>The API is off in this session (--no-api, or its port was taken); tokens still work elsewhere.</source>
        <translation>A API está desligada nesta sessão (--no-api, ou a porta estava ocupada); os tokens continuam valendo em outros lugares.</translation>
    </message>
    <message>
        <source>never</source>
        <comment>not yet</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>Token {name} created.</source>
        <translation>Token {name} criado.</translation>
    </message>
    <message>
        <source>Click again to revoke</source>
        <translation>Clique de novo para revogar</translation>
    </message>
    <message>
        <source>Revoke {name}? Whatever uses it stops working.</source>
        <translation>Revogar {name}? O que o usa para de funcionar.</translation>
    </message>
    <message>
        <source>Token {name} revoked.</source>
        <translation>Token {name} revogado.</translation>
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
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <source>download scheduled</source>
        <translation>download agendado</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>baixando</translation>
    </message>
    <message>
        <source>download paused, retrying</source>
        <translation>download pausado, tentando de novo</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>baixado</translation>
    </message>
    <message>
        <source>checksum verified</source>
        <translation>checksum verificado</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>download failed</source>
        <translation>falha no download</translation>
    </message>
    <message>
        <source>invalid checksum</source>
        <translation>checksum inválido</translation>
    </message>
    <message>
        <source>publication failed</source>
        <translation>falha na publicação</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>publicação removida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado em</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Downloaded from</source>
        <translation>Baixado de</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado em</translation>
    </message>
    <message>
        <source>Firmware publication</source>
        <translation>Publicação de firmware</translation>
    </message>
    <message>
        <source>&amp;Local controllers (OCPP 2.0.1 and 2.1)</source>
        <translation>Controladores &amp;locais (OCPP 2.0.1 e 2.1)</translation>
    </message>
    <message>
        <source>Publish a firmware file</source>
        <translation>Publicar um arquivo de firmware</translation>
    </message>
    <message>
        <source>32 hexadecimal digits</source>
        <translation>32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>Com&amp;pute from a file…</source>
        <translation>&amp;Calcular a partir de um arquivo…</translation>
    </message>
    <message>
        <source>File &amp;URL</source>
        <translation>&amp;URL do arquivo</translation>
    </message>
    <message>
        <source>&amp;MD5 checksum</source>
        <translation>Checksum &amp;MD5</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>&amp;Tentativas</translation>
    </message>
    <message>
        <source>Retry &amp;interval</source>
        <translation>&amp;Intervalo entre tentativas</translation>
    </message>
    <message>
        <source>Pu&amp;blish on the checked stations</source>
        <translation>&amp;Publicar nas estações marcadas</translation>
    </message>
    <message>
        <source>Publications on the checked stations (latest status)</source>
        <translation>Publicações nas estações marcadas (último status)</translation>
    </message>
    <message>
        <source>&amp;Unpublish selected</source>
        <translation>&amp;Remover as publicações selecionadas</translation>
    </message>
    <message>
        <source>The firmware file</source>
        <translation>O arquivo de firmware</translation>
    </message>
    <message>
        <source>The URL must start with http://, https://, ftp:// or ftps://</source>
        <translation>A URL deve começar com http://, https://, ftp:// ou ftps://</translation>
    </message>
    <message>
        <source>The MD5 checksum is 32 hexadecimal digits</source>
        <translation>O checksum MD5 tem 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>Publish firmware</source>
        <translation>Publicar firmware</translation>
    </message>
    <message>
        <source>Select the publications to unpublish</source>
        <translation>Selecione as publicações a remover</translation>
    </message>
    <message>
        <source>Unpublish firmware</source>
        <translation>Remover a publicação do firmware</translation>
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
        <source>In turn with the others</source>
        <extracomment>(RFC 5646 code sent, the language&apos;s own name)</extracomment>
        <translation>Alternando com as outras</translation>
    </message>
    <message>
        <source>In front of the others</source>
        <translation>À frente das outras</translation>
    </message>
    <message>
        <source>Always in front (urgent)</source>
        <translation>Sempre à frente (urgente)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>While charging</source>
        <translation>Durante a recarga</translation>
    </message>
    <message>
        <source>While idle</source>
        <translation>Quando ociosa</translation>
    </message>
    <message>
        <source>While faulted</source>
        <translation>Quando com falha</translation>
    </message>
    <message>
        <source>While unavailable</source>
        <translation>Quando indisponível</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estação</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Exibição</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Display messages</source>
        <translation>Mensagens no visor</translation>
    </message>
    <message>
        <source>&amp;Stations (OCPP 2.0.1 and 2.1)</source>
        <translation>E&amp;stações (OCPP 2.0.1 e 2.1)</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nova mensagem</translation>
    </message>
    <message>
        <source>What the station&apos;s screen shows</source>
        <translation>O que a tela da estação mostra</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Somente &amp;entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridade</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <source>Se&amp;nd to the checked stations</source>
        <translation>E&amp;nviar às estações marcadas</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Messages on the checked stations</source>
        <translation>Mensagens nas estações marcadas</translation>
    </message>
    <message>
        <source>&amp;Ask the stations</source>
        <translation>&amp;Consultar as estações</translation>
    </message>
    <message>
        <source>Read back what each checked station shows</source>
        <translation>Ler o que cada estação marcada está mostrando</translation>
    </message>
    <message>
        <source>&amp;Clear selected</source>
        <translation>Apaga&amp;r a seleção</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>the station</source>
        <translation>a estação</translation>
    </message>
    <message>
        <source>sent from here</source>
        <translation>enviada daqui</translation>
    </message>
    <message>
        <source>Check at least one station</source>
        <translation>Marque ao menos uma estação</translation>
    </message>
    <message>
        <source>{what}: {done} of {total} stations accepted</source>
        <translation>{what}: {done} de {total} estações aceitaram</translation>
    </message>
    <message>
        <source>Write the message first</source>
        <translation>Escreva a mensagem primeiro</translation>
    </message>
    <message>
        <source>The message is longer than {n} characters</source>
        <translation>A mensagem tem mais de {n} caracteres</translation>
    </message>
    <message>
        <source>The end must be after the start</source>
        <translation>O fim deve ser depois do início</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>Mensagem no visor</translation>
    </message>
    <message>
        <source>Read the display messages</source>
        <translation>Ler as mensagens do visor</translation>
    </message>
    <message>
        <source>Select the messages to clear</source>
        <translation>Selecione as mensagens a apagar</translation>
    </message>
    <message>
        <source>Clear display message</source>
        <translation>Apagar mensagem do visor</translation>
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
        <source>Peak</source>
        <translation>Ponta</translation>
    </message>
    <message>
        <source>Site default</source>
        <translation>Padrão do local</translation>
    </message>
    <message>
        <source>New tariff</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <source>Tariff {name} · {owner} · effective {since}</source>
        <translation>Tarifa {name} · {owner} · vigente desde {since}</translation>
    </message>
    <message>
        <source>site default</source>
        <translation>padrão do local</translation>
    </message>
    <message>
        <source>Tariff added.</source>
        <translation>Tarifa adicionada.</translation>
    </message>
    <message>
        <source>New tariff for {owner}; {name} keeps the sessions it priced.</source>
        <translation>Nova tarifa para {owner}; {name} mantém as sessões de recarga que precificou.</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>o local</translation>
    </message>
    <message>
        <source>Tariff {name} deleted.</source>
        <translation>Tarifa {name} excluída.</translation>
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
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>More to come</source>
        <translation>Há mais</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>What the station keeps</source>
        <translation>O que a estação guarda</translation>
    </message>
    <message>
        <source>Customer information</source>
        <translation>Informações do cliente</translation>
    </message>
    <message>
        <source>Data-protection request</source>
        <translation>Pedido de proteção de dados</translation>
    </message>
    <message>
        <source>The driver&apos;s id tag</source>
        <translation>A tag do motorista</translation>
    </message>
    <message>
        <source>Or the station&apos;s customer identifier</source>
        <translation>Ou o identificador de cliente da estação</translation>
    </message>
    <message>
        <source>&amp;Report what the stations keep about them</source>
        <translation>&amp;Relatar o que as estações guardam sobre o motorista</translation>
    </message>
    <message>
        <source>C&amp;lear it on the stations</source>
        <translation>A&amp;pagar esses dados nas estações</translation>
    </message>
    <message>
        <source>&amp;Id tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Customer i&amp;dentifier</source>
        <translation>&amp;Identificador do cliente</translation>
    </message>
    <message>
        <source>Check &amp;all stations</source>
        <translation>Marcar tod&amp;as as estações</translation>
    </message>
    <message>
        <source>What the stations reported</source>
        <translation>O que as estações relataram</translation>
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
        <source>Name the driver by an id tag or a customer identifier (one of them)</source>
        <translation>Identifique o motorista por uma tag ou por um identificador de cliente (um dos dois)</translation>
    </message>
    <message>
        <source>An id tag has at most 36 characters</source>
        <translation>Uma tag tem no máximo 36 caracteres</translation>
    </message>
    <message>
        <source>Ask for a report, a clear, or both</source>
        <translation>Peça um relatório, a exclusão ou ambos</translation>
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
        <extracomment>which stations are listed (protocol values); None: every 2.0.1 and 2.1 station</extracomment>
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
        <source>{min} to {max} characters</source>
        <translation>{min} a {max} caracteres</translation>
    </message>
    <message>
        <source>set (the charger must send it)</source>
        <translation>definida (o carregador deve enviá-la)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Connector {number}</source>
        <translation>Conector {number}</translation>
    </message>
    <message>
        <source>No connector has reported yet</source>
        <translation>Nenhum conector se reportou ainda</translation>
    </message>
    <message>
        <source>Not saved: {count} field needs attention</source>
        <translation>Não salvo: {count} campo precisa de atenção</translation>
    </message>
    <message>
        <source>Not saved: {count} fields need attention</source>
        <translation>Não salvo: {count} campos precisam de atenção</translation>
    </message>
    <message>
        <source>Saved {name} ({id})</source>
        <translation>{name} ({id}) salvo</translation>
    </message>
    <message>
        <source>use {min} to {max} characters</source>
        <translation>use {min} a {max} caracteres</translation>
    </message>
    <message>
        <source>printable characters only, no colon</source>
        <translation>somente caracteres imprimíveis, sem dois-pontos</translation>
    </message>
    <message>
        <source>Password of {id} set; configure the same on the charger</source>
        <translation>Senha de {id} definida; configure a mesma no carregador</translation>
    </message>
    <message>
        <source>Password of {id} removed</source>
        <translation>Senha de {id} removida</translation>
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
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>Charger answer</source>
        <translation>Resposta do carregador</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ainda não enviada</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Limit kW</source>
        <translation>Limite kW</translation>
    </message>
    <message>
        <source>Limit A/phase</source>
        <translation>Limite A/fase</translation>
    </message>
    <message>
        <source>Allocated kW</source>
        <translation>Alocado kW</translation>
    </message>
    <message>
        <source>Drawn kW</source>
        <translation>Consumido kW</translation>
    </message>
    <message>
        <source>site</source>
        <translation>local</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>carregador</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>conector</translation>
    </message>
    <message>
        <source>Load management</source>
        <translation>Gestão de carga</translation>
    </message>
    <message>
        <source>DC charger</source>
        <translation>Carregador CC</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Nó pai</translation>
    </message>
    <message>
        <source>Limit A per phase</source>
        <translation>Limite A por fase</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Offline fallback A</source>
        <translation>Corrente com carregador offline (A)</translation>
    </message>
    <message>
        <source>Safety margin (site, fraction)</source>
        <translation>Margem de segurança (local, fração)</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>Salvar nó</translation>
    </message>
    <message>
        <source>Delete node</source>
        <translation>Excluir nó</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidade</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>alocado</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>consumido</translation>
    </message>
    <message>
        <source>Load management is off: add a site node (its grid connection in kW and/or A per phase).</source>
        <translation>A gestão de carga está desligada: adicione um nó de local (a conexão com a rede em kW e/ou A por fase).</translation>
    </message>
    <message>
        <source>Site {name}: capacity {capacity} kW, allocated {allocated} kW, drawn {drawn} kW</source>
        <translation>Local {name}: capacidade {capacity} kW, alocado {allocated} kW, consumido {drawn} kW</translation>
    </message>
    <message>
        <source>ignoring profiles: {chargers}</source>
        <translation>ignorando perfis: {chargers}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <source>{connector} (session)</source>
        <translation>{connector} (sessão)</translation>
    </message>
    <message>
        <source>{limit}, limited by {reason}</source>
        <translation>{limit}, limitado por {reason}</translation>
    </message>
    <message>
        <source>not a number: {error}</source>
        <translation>não é um número: {error}</translation>
    </message>
    <message>
        <source>Delete {node}? Its nodes move up to its parent.</source>
        <translation>Excluir {node}? Os nós abaixo dele passam para o nó pai.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>reservation</comment>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>reservation</comment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>reservation</comment>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>reservation</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>any connector</source>
        <translation>qualquer conector</translation>
    </message>
    <message>
        <source>connector {number} ({status})</source>
        <translation>conector {number} ({status})</translation>
    </message>
    <message>
        <source>the driver&apos;s first accepted tag</source>
        <translation>a primeira tag aceita do motorista</translation>
    </message>
    <message>
        <source>One day earlier</source>
        <translation>Um dia antes</translation>
    </message>
    <message>
        <source>One day later</source>
        <translation>Um dia depois</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Send due reservations now</source>
        <translation>Enviar agora as reservas próximas</translation>
    </message>
    <message>
        <source>ReserveNow goes out automatically within the lead time before the start; this does it now.</source>
        <translation>O ReserveNow é enviado automaticamente dentro da antecedência antes do início; isto o faz agora.</translation>
    </message>
    <message>
        <source>Cancel selected reservation</source>
        <translation>Cancelar a reserva selecionada</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>carregando</translation>
    </message>
    <message>
        <source>{charger} connector {number}, {start} – {end}: choose the driver and click Create</source>
        <translation>{charger} conector {number}, {start} – {end}: escolha o motorista e clique em Criar</translation>
    </message>
    <message>
        <source>choose a driver from the list</source>
        <translation>escolha um motorista da lista</translation>
    </message>
    <message>
        <source>Refused: {reasons}</source>
        <translation>Recusada: {reasons}</translation>
    </message>
    <message>
        <source>Not created: correct the fields marked in red</source>
        <translation>Não criada: corrija os campos marcados em vermelho</translation>
    </message>
    <message>
        <source>Reservation created for {driver} on {charger}; ReserveNow goes out {minutes} min before the start</source>
        <translation>Reserva criada para {driver} em {charger}; o ReserveNow sai {minutes} min antes do início</translation>
    </message>
    <message>
        <source>Select a reservation first</source>
        <translation>Selecione uma reserva primeiro</translation>
    </message>
    <message>
        <source>Cancelling the reservation</source>
        <translation>Cancelando a reserva</translation>
    </message>
    <message>
        <source>Reservation {outcome}</source>
        <translation>Reserva: {outcome}</translation>
    </message>
    <message>
        <source>Sending reservations that start soon</source>
        <translation>Enviando as reservas que começam em breve</translation>
    </message>
    <message>
        <source>{count} reservation sent, {expired} expired</source>
        <translation>{count} reserva enviada, {expired} expiradas</translation>
    </message>
    <message>
        <source>{count} reservations sent, {expired} expired</source>
        <translation>{count} reservas enviadas, {expired} expiradas</translation>
    </message>
    <message>
        <source>Charging profiles</source>
        <translation>Perfis de recarga</translation>
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
        <source>If the charger has no password of its own: a new one is set (AuthorizationKey).</source>
        <translation>Se o carregador não tiver senha própria: uma nova é definida (AuthorizationKey).</translation>
    </message>
    <message>
        <source>The SecurityProfile configuration key is set to 2.</source>
        <translation>A chave de configuração SecurityProfile passa a 2.</translation>
    </message>
    <message>
        <source>The charger reconnects over wss:// with its password; profile 2 counts from that connection on.</source>
        <translation>O carregador se reconecta por wss:// com sua senha; o perfil 2 vale a partir dessa conexão.</translation>
    </message>
    <message>
        <source>Unless the charger already has a client certificate from the site CA: it is asked for a signing request (ExtendedTriggerMessage SignChargePointCertificate), the site CA signs it (CertificateSigned).</source>
        <translation>Se o carregador ainda não tiver um certificado de cliente da CA do local: é pedida uma solicitação de assinatura (ExtendedTriggerMessage SignChargePointCertificate) e a CA do local a assina (CertificateSigned).</translation>
    </message>
    <message>
        <source>The SecurityProfile configuration key is set to 3.</source>
        <translation>A chave de configuração SecurityProfile passa a 3.</translation>
    </message>
    <message>
        <source>The charger reconnects over wss:// with its client certificate; profile 3 counts from that connection on.</source>
        <translation>O carregador se reconecta por wss:// com seu certificado de cliente; o perfil 3 vale a partir dessa conexão.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Em uso</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>falta 1 dia</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>faltam {days} dias</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Importar certificado</translation>
    </message>
    <message>
        <source>The server certificate the wss:// listener presents: a PEM file with the certificate (and its chain) and the private key, or the key in a file of its own; or a PKCS#12 file (.p12, .pfx) with its passphrase.</source>
        <translation>O certificado de servidor que o wss:// apresenta: um arquivo PEM com o certificado (e sua cadeia) e a chave privada, ou a chave em um arquivo próprio; ou um arquivo PKCS#12 (.p12, .pfx) com sua senha.</translation>
    </message>
    <message>
        <source>only when the key is in a file of its own</source>
        <translation>só quando a chave está em um arquivo próprio</translation>
    </message>
    <message>
        <source>PKCS#12 or an encrypted key</source>
        <translation>PKCS#12 ou uma chave criptografada</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Arquivo do certificado</translation>
    </message>
    <message>
        <source>Certificate (PEM or PKCS#12)</source>
        <translation>Certificado (PEM ou PKCS#12)</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Arquivo da chave</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Chave privada (PEM)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha do arquivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.key *.p12 *.pfx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Escolha o arquivo do certificado.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Not imported (the current certificate stays): {reason}</source>
        <translation>Não importado (o certificado atual continua): {reason}</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Client certificate expires</source>
        <translation>Certificado de cliente expira</translation>
    </message>
    <message>
        <source>Last security event</source>
        <translation>Último evento de segurança</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Vezes</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Site certificate authority (CA)</source>
        <translation>Autoridade certificadora do local (CA)</translation>
    </message>
    <message>
        <source>Server certificate (wss://)</source>
        <translation>Certificado do servidor (wss://)</translation>
    </message>
    <message>
        <source>Export CA…</source>
        <translation>Exportar CA…</translation>
    </message>
    <message>
        <source>Save the CA certificate (PEM) to install on chargers as the CSMS root certificate</source>
        <translation>Salvar o certificado da CA (PEM) para instalar nos carregadores como certificado raiz do CSMS</translation>
    </message>
    <message>
        <source>Import certificate…</source>
        <translation>Importar certificado…</translation>
    </message>
    <message>
        <source>Use your own server certificate (PEM or PKCS#12)</source>
        <translation>Usar seu próprio certificado de servidor (PEM ou PKCS#12)</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Issue a new server certificate from the site CA</source>
        <translation>Emitir um novo certificado de servidor pela CA do local</translation>
    </message>
    <message>
        <source>Upgrade to profile 2…</source>
        <translation>Elevar ao perfil 2…</translation>
    </message>
    <message>
        <source>Upgrade to profile 3…</source>
        <translation>Elevar ao perfil 3…</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Eventos de segurança</translation>
    </message>
    <message>
        <source>Only managers and administrators may do this.</source>
        <translation>Só gerentes e administradores podem fazer isso.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>imported (renew it by importing its successor)</source>
        <translation>importado (renove importando o sucessor)</translation>
    </message>
    <message>
        <source>issued by the site CA</source>
        <translation>emitido pela CA do local</translation>
    </message>
    <message>
        <source>wss:// is off (main.py config set tls_enabled true, or --tls)</source>
        <translation>O wss:// está desligado (main.py config set tls_enabled true, ou --tls)</translation>
    </message>
    <message>
        <source>wss:// on port {port} uses its own certificate files (--tls-cert/--tls-key), not this one</source>
        <translation>O wss:// na porta {port} usa seus próprios arquivos de certificado (--tls-cert/--tls-key), não este</translation>
    </message>
    <message>
        <source>wss:// on port {port} presents it</source>
        <translation>O wss:// na porta {port} o apresenta</translation>
    </message>
    <message>
        <source>The site CA cannot be read: {reason}</source>
        <translation>Não foi possível ler a CA do local: {reason}</translation>
    </message>
    <message>
        <source>site minimum: profile {profile}</source>
        <translation>mínimo do local: perfil {profile}</translation>
    </message>
    <message>
        <source>{profile} (site minimum; its own {own})</source>
        <translation>{profile} (mínimo do local; o seu é {own})</translation>
    </message>
    <message>
        <source>{profile} → {target} (asked)</source>
        <translation>{profile} → {target} (pedido)</translation>
    </message>
    <message>
        <source>{date} (not installed yet)</source>
        <translation>{date} (ainda não instalado)</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (expirado)</translation>
    </message>
    <message>
        <source>{charger} · connected</source>
        <translation>{charger} · conectado</translation>
    </message>
    <message>
        <source>CSMS</source>
        <translation>CSMS</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} eventos</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (os {limit} mais recentes)</translation>
    </message>
    <message>
        <source>Export CA</source>
        <translation>Exportar CA</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificado PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Wrote the site CA to {path}: install it on each charger as its CSMS root certificate.</source>
        <translation>CA do local gravada em {path}: instale-a em cada carregador como certificado raiz do CSMS.</translation>
    </message>
    <message>
        <source>The CA was not exported: {reason}</source>
        <translation>A CA não foi exportada: {reason}</translation>
    </message>
    <message>
        <source>Imported {subject}, expires {date}.</source>
        <translation>Importado {subject}, expira em {date}.</translation>
    </message>
    <message>
        <source>New chargers&apos; connections get it at once; chargers that trust the site CA accept it without changes.</source>
        <translation>As novas conexões dos carregadores passam a usá-lo na hora; carregadores que confiam na CA do local o aceitam sem mudanças.</translation>
    </message>
    <message>
        <source>The imported certificate is replaced by one of the site CA.</source>
        <translation>O certificado importado é substituído por um da CA do local.</translation>
    </message>
    <message>
        <source>Renew the server certificate</source>
        <translation>Renovar o certificado do servidor</translation>
    </message>
    <message>
        <source>Issue a new server certificate from the site CA now?</source>
        <translation>Emitir agora um novo certificado de servidor pela CA do local?</translation>
    </message>
    <message>
        <source>Issued a new server certificate, expires {date}.</source>
        <translation>Novo certificado de servidor emitido, expira em {date}.</translation>
    </message>
    <message>
        <source>Not renewed: {reason}</source>
        <translation>Não renovado: {reason}</translation>
    </message>
    <message>
        <source>wss:// is off: the certificate is used once it is switched on.</source>
        <translation>O wss:// está desligado: o certificado será usado quando for ligado.</translation>
    </message>
    <message>
        <source>The running wss:// listener keeps its own certificate files (--tls-cert/--tls-key).</source>
        <translation>O wss:// em execução continua com seus próprios arquivos de certificado (--tls-cert/--tls-key).</translation>
    </message>
    <message>
        <source>The new certificate is used from the next start: {reason}</source>
        <translation>O novo certificado será usado a partir do próximo início: {reason}</translation>
    </message>
    <message>
        <source>New wss:// connections get it now.</source>
        <translation>As novas conexões wss:// já o recebem.</translation>
    </message>
    <message>
        <source>{charger} is at profile {profile} already</source>
        <translation>{charger} já está no perfil {profile}</translation>
    </message>
    <message>
        <source>Raise {charger}&apos;s security profile to {target}</source>
        <translation>Elevar o perfil de segurança de {charger} para {target}</translation>
    </message>
    <message>
        <source>The charger must trust the site CA first (Export CA… and install it on the charger). A charger that cannot connect at the new profile falls back to its old one and is still admitted there.</source>
        <translation>O carregador precisa confiar antes na CA do local (Exportar CA… e instalá-la no carregador). Um carregador que não consegue conectar no novo perfil volta ao antigo e continua aceito nele.</translation>
    </message>
    <message>
        <source>The charger must be connected.</source>
        <translation>O carregador precisa estar conectado.</translation>
    </message>
    <message>
        <source>Upgrade the security profile</source>
        <translation>Elevar o perfil de segurança</translation>
    </message>
    <message>
        <source>Raise {charger} to security profile {target}?</source>
        <translation>Elevar {charger} ao perfil de segurança {target}?</translation>
    </message>
    <message>
        <source>Upgrade to profile {target}</source>
        <translation>Elevar ao perfil {target}</translation>
    </message>
    <message>
        <source>The upgrade cannot run: no event loop.</source>
        <translation>A elevação não pode rodar: sem laço de eventos.</translation>
    </message>
    <message>
        <source>Upgrade of {charger} to profile {target}</source>
        <translation>Elevação de {charger} ao perfil {target}</translation>
    </message>
    <message>
        <source>{what}: running…</source>
        <translation>{what}: em andamento…</translation>
    </message>
    <message>
        <source>{what}: done, now at profile {profile} ({steps})</source>
        <translation>{what}: concluída, agora no perfil {profile} ({steps})</translation>
    </message>
    <message>
        <source>{what}: failed ({steps})</source>
        <translation>{what}: falhou ({steps})</translation>
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
        <source>Tags (RFID cards)</source>
        <translation>Tags (cartões RFID)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nenhum —</translation>
    </message>
    <message>
        <source>New driver</source>
        <translation>Novo motorista</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>Cadastrar motorista</translation>
    </message>
    <message>
        <source>Driver: {name}</source>
        <translation>Motorista: {name}</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>CSV import report</source>
        <translation>Relatório de importação CSV</translation>
    </message>
    <message>
        <source>Close report</source>
        <translation>Fechar relatório</translation>
    </message>
    <message>
        <source>{source}, {count} row</source>
        <translation>{source}, {count} linha</translation>
    </message>
    <message>
        <source>{source}, {count} rows</source>
        <translation>{source}, {count} linhas</translation>
    </message>
    <message>
        <source>Search: phone as typed, name, e-mail, plate or tag</source>
        <translation>Buscar: telefone como digitado, nome, e-mail, placa ou tag</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Local authorization lists</source>
        <translation>Listas locais de autorização</translation>
    </message>
    <message>
        <source>{count} driver</source>
        <translation>{count} motorista</translation>
    </message>
    <message>
        <source>{count} drivers</source>
        <translation>{count} motoristas</translation>
    </message>
    <message>
        <source>Driver {name} registered ({phone})</source>
        <translation>Motorista {name} cadastrado ({phone})</translation>
    </message>
    <message>
        <source>Driver {name} saved ({phone})</source>
        <translation>Motorista {name} salvo ({phone})</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red</source>
        <translation>Não salvo: corrija os campos marcados em vermelho</translation>
    </message>
    <message>
        <source>{name} may charge again</source>
        <translation>{name} pode carregar novamente</translation>
    </message>
    <message>
        <source>{name} is blocked: their tags are refused now and chargers&apos; local lists are updated</source>
        <translation>{name} está bloqueado: suas tags são recusadas a partir de agora e as listas locais dos carregadores são atualizadas</translation>
    </message>
    <message>
        <source>Click again to delete</source>
        <translation>Clique de novo para excluir</translation>
    </message>
    <message>
        <source>Driver deleted</source>
        <translation>Motorista excluído</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import {what} from CSV</source>
        <translation>Importar {what} de CSV</translation>
    </message>
    <message>
        <source>Export {what} to CSV</source>
        <translation>Exportar {what} para CSV</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Não foi possível ler {path}: {error}</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Não foi possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>{count} rows of {what} exported to {path}</source>
        <translation>{count} linhas de {what} exportadas para {path}</translation>
    </message>
    <message>
        <source>Export every transaction of the filtered set (Ctrl+E)</source>
        <translation>Exporta todas as transações do filtro atual (Ctrl+E)</translation>
    </message>
    <message>
        <source>Station &amp;prices (2.1)…</source>
        <translation>&amp;Preços da estação (2.1)…</translation>
    </message>
    <message>
        <source>The OCPP 2.1 stations&apos; own prices beside ours, for the selected transactions&apos; stations</source>
        <translation>Os preços calculados pelas estações OCPP 2.1 ao lado dos nossos, para as estações das transações selecionadas</translation>
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
        <source>Reservation sent to {charger}: {answer}</source>
        <translation>Reserva enviada para {charger}: {answer}</translation>
    </message>
    <message>
        <source>{charger} connector {connector}, {start} to {end}.</source>
        <translation>{charger} conector {connector}, de {start} a {end}.</translation>
    </message>
    <message>
        <source>{charger}, {start} to {end}.</source>
        <translation>{charger}, de {start} a {end}.</translation>
    </message>
    <message>
        <source>{charger} holds the connector for you until {end}.</source>
        <translation>{charger} reserva o conector para você até {end}.</translation>
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
        <source>Backup missing</source>
        <translation>Backup ausente</translation>
    </message>
    <message>
        <source>{charger} ignores load limits</source>
        <translation>{charger} ignora os limites de carga</translation>
    </message>
    <message>
        <source>Security: {kind} ({charger})</source>
        <translation>Segurança: {kind} ({charger})</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Tailândia</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemanha</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>Client {number} – {name}</source>
        <translation>Cliente {number} – {name}</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>No drivers yet: assign them on the Drivers page.</source>
        <translation>Ainda sem motoristas: atribua-os na página Motoristas.</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Excluir cliente</translation>
    </message>
    <message>
        <source>Delete this client? Its drivers stay, without client.</source>
        <translation>Excluir este cliente? Seus motoristas permanecem, sem cliente.</translation>
    </message>
    <message>
        <source>Search name, client number or tax id</source>
        <translation>Buscar nome, número do cliente ou CPF/CNPJ</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Importar JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Cliente salvo.</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Imported {count} client</source>
        <translation>{count} cliente importado</translation>
    </message>
    <message>
        <source>Imported {count} clients</source>
        <translation>{count} clientes importados</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} com falha</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} aviso</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} avisos</translation>
    </message>
    <message>
        <source>{summary} – details in the tooltip.</source>
        <translation>{summary} – detalhes na dica de ferramenta.</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Gravado {path}</translation>
    </message>
    <message>
        <source>full list, {count} entries</source>
        <translation>lista completa, {count} entradas</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>atualizada</translation>
    </message>
    <message>
        <source>no local list on this charger</source>
        <translation>este carregador não tem lista local</translation>
    </message>
    <message>
        <source>Each charger keeps a list of accepted and blocked tags so it can decide while offline. Changes to drivers and tags are sent automatically (blocks at once); a charger gets its list when it boots.</source>
        <translation>Cada carregador guarda uma lista de tags aceitas e bloqueadas para decidir mesmo offline. Alterações de motoristas e tags são enviadas automaticamente (bloqueios na hora); um carregador recebe sua lista ao ligar.</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Sincronizar selecionado</translation>
    </message>
    <message>
        <source>Send full list to selected</source>
        <translation>Enviar lista completa ao selecionado</translation>
    </message>
    <message>
        <source>Sync all connected</source>
        <translation>Sincronizar todos os conectados</translation>
    </message>
    <message>
        <source>Select a charge point first</source>
        <translation>Selecione um carregador primeiro</translation>
    </message>
    <message>
        <source>Local list for {charger}</source>
        <translation>Lista local de {charger}</translation>
    </message>
    <message>
        <source>Local lists of every connected charger</source>
        <translation>Listas locais de todos os carregadores conectados</translation>
    </message>
    <message>
        <source>No charger is connected</source>
        <translation>Nenhum carregador está conectado</translation>
    </message>
    <message>
        <source>Pending: an operator accepts each new charger</source>
        <translation>Pendente: um operador aceita cada carregador novo</translation>
    </message>
    <message>
        <source>Accept every new charger</source>
        <translation>Aceitar todo carregador novo</translation>
    </message>
    <message>
        <source>Reject chargers the site does not know</source>
        <translation>Recusar carregadores que o local não conhece</translation>
    </message>
    <message>
        <source>0: no authentication (trusted network)</source>
        <translation>0: sem autenticação (rede confiável)</translation>
    </message>
    <message>
        <source>1: HTTP Basic password per charger</source>
        <translation>1: senha HTTP Basic por carregador</translation>
    </message>
    <message>
        <source>2: TLS (wss://) and HTTP Basic password</source>
        <translation>2: TLS (wss://) e senha HTTP Basic</translation>
    </message>
    <message>
        <source>3: TLS with a client certificate from the site CA</source>
        <translation>3: TLS com certificado de cliente da CA do local</translation>
    </message>
    <message>
        <source>As the computer ({language})</source>
        <translation>Como o computador ({language})</translation>
    </message>
    <message>
        <source>Not saved: {count} field to fix.</source>
        <translation>Não salvo: {count} campo a corrigir.</translation>
    </message>
    <message>
        <source>Not saved: {count} fields to fix.</source>
        <translation>Não salvo: {count} campos a corrigir.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not allowed: {reason}</source>
        <translation>Não permitido: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Não salvo: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} setting.</source>
        <translation>{count} configuração salva.</translation>
    </message>
    <message>
        <source>Saved {count} settings.</source>
        <translation>{count} configurações salvas.</translation>
    </message>
    <message>
        <source>{saved} The new host/port apply at the next start.</source>
        <translation>{saved} O novo host/porta vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>{saved} The new language applies at the next start.</source>
        <translation>{saved} O novo idioma vale a partir da próxima inicialização.</translation>
    </message>
    <message>
        <source>Reverted to the saved settings.</source>
        <translation>Revertido para as configurações salvas.</translation>
    </message>
    <message>
        <source>{number} has an unknown country code</source>
        <translation>{number} tem um código de país desconhecido</translation>
    </message>
    <message>
        <source>{number} is too short for a phone number</source>
        <translation>{number} é curto demais para um telefone</translation>
    </message>
    <message>
        <source>{number} is too long for a phone number</source>
        <translation>{number} é longo demais para um telefone</translation>
    </message>
    <message>
        <source>the phone number is empty</source>
        <translation>o telefone está vazio</translation>
    </message>
    <message>
        <source>unknown region {region}; type the number with +country</source>
        <translation>região desconhecida {region}; digite o número com +país</translation>
    </message>
    <message>
        <source>{number} is not a phone number</source>
        <translation>{number} não é um telefone</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number for {region}</source>
        <translation>{number} não é um telefone válido para {region}</translation>
    </message>
    <message>
        <source>the license plate is empty</source>
        <translation>a placa está vazia</translation>
    </message>
    <message>
        <source>the tax id is empty</source>
        <translation>o documento fiscal está vazio</translation>
    </message>
    <message>
        <source>{text} is not a valid CPF (check digits)</source>
        <translation>{text} não é um CPF válido (dígitos verificadores)</translation>
    </message>
    <message>
        <source>{text} is not a valid CNPJ (check digits)</source>
        <translation>{text} não é um CNPJ válido (dígitos verificadores)</translation>
    </message>
    <message>
        <source>{text} is neither a CPF (11 digits) nor a CNPJ (14 characters)</source>
        <translation>{text} não é nem CPF (11 dígitos) nem CNPJ (14 caracteres)</translation>
    </message>
    <message>
        <source>the postal code is empty</source>
        <translation>o CEP está vazio</translation>
    </message>
    <message>
        <source>{text} is not a postal code for {country} ({shape})</source>
        <translation>{text} não é um código postal de {country} ({shape})</translation>
    </message>
    <message>
        <source>{text} is not a UK postcode (e.g. SW1A 1AA)</source>
        <translation>{text} não é um código postal do Reino Unido (ex.: SW1A 1AA)</translation>
    </message>
    <message>
        <source>{text} is longer than {count} characters</source>
        <translation>{text} tem mais de {count} caracteres</translation>
    </message>
    <message>
        <source>Read from the charger</source>
        <translation>Ler do carregador</translation>
    </message>
    <message>
        <source>Filter keys…</source>
        <translation>Filtrar chaves…</translation>
    </message>
    <message>
        <source>Press “Read from the charger”. Double-click a read-write value to change it; the charger&apos;s answer appears in “Last change”.</source>
        <translation>Clique em “Ler do carregador”. Clique duas vezes em um valor de leitura e escrita para alterá-lo; a resposta do carregador aparece em “Última alteração”.</translation>
    </message>
    <message>
        <source>Read configuration of {charger}</source>
        <translation>Ler a configuração de {charger}</translation>
    </message>
    <message>
        <source>Set {key} = {value} on {charger}</source>
        <translation>Definir {key} = {value} em {charger}</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Novo operador</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Senha &amp;novamente</translation>
    </message>
    <message>
        <source>Reset the password of {username}</source>
        <translation>Redefinir a senha de {username}</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nova &amp;senha</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>operator account</comment>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acesso</translation>
    </message>
    <message>
        <source>Operators (administrators only)</source>
        <translation>Operadores (somente administradores)</translation>
    </message>
    <message>
        <source>New &amp;operator…</source>
        <translation>Novo &amp;operador…</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Desati&amp;var</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Redefinir senha…</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Reati&amp;var</translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation>{username} criado.</translation>
    </message>
    <message>
        <source>New password set for {username}.</source>
        <translation>Nova senha definida para {username}.</translation>
    </message>
    <message>
        <source>{username} reactivated.</source>
        <translation>{username} reativado.</translation>
    </message>
    <message>
        <source>{username} deactivated.</source>
        <translation>{username} desativado.</translation>
    </message>
    <message>
        <source>&amp;Display messages…</source>
        <extracomment>the &quot;2.0.1 tools&quot; menu: each entry opens its module&apos;s window (the last one 2.1 only)</extracomment>
        <translation>Mensagens no &amp;visor…</translation>
    </message>
    <message>
        <source>&amp;Monitoring…</source>
        <translation>&amp;Monitoramento…</translation>
    </message>
    <message>
        <source>&amp;Customer information…</source>
        <translation>Informações do &amp;cliente…</translation>
    </message>
    <message>
        <source>&amp;Firmware publication…</source>
        <translation>Publicação de &amp;firmware…</translation>
    </message>
    <message>
        <source>Station &amp;tariffs (2.1)…</source>
        <translation>&amp;Tarifas da estação (2.1)…</translation>
    </message>
    <message>
        <source>2.0.1 &amp;tools</source>
        <translation>Ferramen&amp;tas 2.0.1</translation>
    </message>
    <message>
        <source>The OCPP 2.0.1 and 2.1 windows, this station checked in them</source>
        <translation>As janelas do OCPP 2.0.1 e 2.1, com esta estação já marcada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>charger registration</comment>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>charger registration</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>charger registration</comment>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>OCPP status</source>
        <translation>Status OCPP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de erro</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fabricante:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Número de série:</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation>ICCID:</translation>
    </message>
    <message>
        <source>IMSI:</source>
        <translation>IMSI:</translation>
    </message>
    <message>
        <source>Meter type:</source>
        <translation>Tipo de medidor:</translation>
    </message>
    <message>
        <source>Meter serial:</source>
        <translation>Série do medidor:</translation>
    </message>
    <message>
        <source>Last boot:</source>
        <translation>Última inicialização:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Último heartbeat:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Visto por último:</translation>
    </message>
    <message>
        <source>Firmware status:</source>
        <translation>Status do firmware:</translation>
    </message>
    <message>
        <source>Diagnostics status:</source>
        <translation>Status do diagnóstico:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connectors&lt;/b&gt; (double-click one for its live detail)</source>
        <translation>&lt;b&gt;Conectores&lt;/b&gt; (clique duas vezes em um para ver os detalhes ao vivo)</translation>
    </message>
    <message>
        <source>Open connector detail…</source>
        <translation>Abrir detalhes do conector…</translation>
    </message>
    <message>
        <source>Boot notification and status</source>
        <translation>Notificação de inicialização e status</translation>
    </message>
    <message>
        <source>Select a charge point</source>
        <translation>Selecione um carregador</translation>
    </message>
    <message>
        <source>Let this charger in; it is asked to boot again at once</source>
        <translation>Admite este carregador; ele é solicitado a reiniciar imediatamente</translation>
    </message>
    <message>
        <source>Refuse this charger; its connection is closed</source>
        <translation>Recusa este carregador; a conexão dele é encerrada</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Accept {charger}</source>
        <translation>Aceitar {charger}</translation>
    </message>
    <message>
        <source>Its connection is closed and it cannot charge until it is accepted again. Sessions running on it stop.</source>
        <translation>A conexão é encerrada e ele não pode carregar até ser aceito novamente. As sessões de recarga em andamento param.</translation>
    </message>
    <message>
        <source>Its connection is closed and it cannot charge until it is accepted again.</source>
        <translation>A conexão é encerrada e ele não pode carregar até ser aceito novamente.</translation>
    </message>
    <message>
        <source>Reject charger</source>
        <translation>Rejeitar carregador</translation>
    </message>
    <message>
        <source>Reject {charger}?</source>
        <translation>Rejeitar {charger}?</translation>
    </message>
    <message>
        <source>Reject {charger}</source>
        <translation>Rejeitar {charger}</translation>
    </message>
    <message>
        <source>Filter: identity, name, location, vendor, status…</source>
        <translation>Filtrar: identidade, nome, local, fabricante, status…</translation>
    </message>
    <message>
        <source>Pending only</source>
        <translation>Somente pendentes</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>1 charge point</source>
        <translation>1 carregador</translation>
    </message>
    <message>
        <source>{count} charge points</source>
        <translation>{count} carregadores</translation>
    </message>
    <message>
        <source>1 pending</source>
        <translation>1 pendente</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>{count} pendentes</translation>
    </message>
    <message>
        <source>Absolute</source>
        <translation>Absoluto</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relativo</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diário</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>time from the schedule&apos;s start</source>
        <translation>tempo desde o início da programação</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>composite (charger)</source>
        <translation>composto (carregador)</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>limit ({unit})</source>
        <translation>limite ({unit})</translation>
    </message>
    <message>
        <source>composite ({unit})</source>
        <translation>composto ({unit})</translation>
    </message>
    <message>
        <source>profile ({unit})</source>
        <translation>perfil ({unit})</translation>
    </message>
    <message>
        <source>composite read back ({unit})</source>
        <translation>composto lido do carregador ({unit})</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Profile library</source>
        <translation>Biblioteca de perfis</translation>
    </message>
    <message>
        <source>h:mm, empty: no end</source>
        <translation>h:mm, vazio: sem fim</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Starts after (h:mm)</source>
        <translation>Começa após (h:mm)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Adicionar período</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Remover período</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Stack level</source>
        <translation>Nível de pilha</translation>
    </message>
    <message>
        <source>Default purpose</source>
        <translation>Finalidade padrão</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repete</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>0 (whole charger)</source>
        <translation>0 (carregador inteiro)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Push to charger</source>
        <translation>Enviar ao carregador</translation>
    </message>
    <message>
        <source>Clear on charger</source>
        <translation>Limpar no carregador</translation>
    </message>
    <message>
        <source>Read composite schedule</source>
        <translation>Ler programação composta</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Composite over</source>
        <translation>Horizonte da programação</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 período</translation>
    </message>
    <message>
        <source>{count} periods</source>
        <translation>{count} períodos</translation>
    </message>
    <message>
        <source>Installed on {charger}: {profiles}</source>
        <translation>Instalado em {charger}: {profiles}</translation>
    </message>
    <message>
        <source>{name} (connector {number}, {purpose}, level {level})</source>
        <translation>{name} (conector {number}, {purpose}, nível {level})</translation>
    </message>
    <message>
        <source>No profile from the library is installed on {charger}.</source>
        <translation>Nenhum perfil da biblioteca está instalado em {charger}.</translation>
    </message>
    <message>
        <source>No charge point yet.</source>
        <translation>Ainda não há carregador.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (cópia)</translation>
    </message>
    <message>
        <source>Profile deleted from the library</source>
        <translation>Perfil excluído da biblioteca</translation>
    </message>
    <message>
        <source>row {row}: type the start as h:mm (6:30), not {text}</source>
        <translation>linha {row}: digite o início como h:mm (6:30), não {text}</translation>
    </message>
    <message>
        <source>row {row}: the limit is a number, not {text}</source>
        <translation>linha {row}: o limite é um número, não {text}</translation>
    </message>
    <message>
        <source>type the duration as h:mm (24:00) or leave it empty</source>
        <translation>digite a duração como h:mm (24:00) ou deixe vazio</translation>
    </message>
    <message>
        <source>Profile {name} saved</source>
        <translation>Perfil {name} salvo</translation>
    </message>
    <message>
        <source>no charge point yet</source>
        <translation>ainda não há carregador</translation>
    </message>
    <message>
        <source>Sending {name} to {target}</source>
        <translation>Enviando {name} para {target}</translation>
    </message>
    <message>
        <source>Not sent: {reasons}</source>
        <translation>Não enviado: {reasons}</translation>
    </message>
    <message>
        <source>SetChargingProfile {name} on {target}: {result}</source>
        <translation>SetChargingProfile {name} em {target}: {result}</translation>
    </message>
    <message>
        <source>Clearing profiles on {target}</source>
        <translation>Limpando perfis em {target}</translation>
    </message>
    <message>
        <source>ClearChargingProfile on {charger}: {result}</source>
        <translation>ClearChargingProfile em {charger}: {result}</translation>
    </message>
    <message>
        <source>Composite schedule of {target}</source>
        <translation>Programação composta de {target}</translation>
    </message>
    <message>
        <source>Composite schedule of {target} ({unit}): {periods}</source>
        <translation>Programação composta de {target} ({unit}): {periods}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>File / reason</source>
        <translation>Arquivo / motivo</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>antes da atualização</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes da restauração</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>removed by retention</source>
        <translation>removido pela retenção</translation>
    </message>
    <message>
        <source>0 to 1000</source>
        <translation>de 0 a 1000</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>mantenha pelo menos um backup</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup &amp;folder</source>
        <translation>&amp;Pasta de backup</translation>
    </message>
    <message>
        <source>Every day at</source>
        <translation>Todo dia às</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Agendamento</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanais</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensais</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>The newest backup of each of the last days, weeks and months is kept, and every backup of the last 24 hours; a backup is also made before every database upgrade.</source>
        <translation>É mantido o backup mais recente de cada um dos últimos dias, semanas e meses, e todos os backups das últimas 24 horas; também é feito um backup antes de cada atualização do banco de dados.</translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation>Salvar configurações de backup</translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation>Lendo a pasta de backup…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>site time ({zone})</source>
        <translation>horário do local ({zone})</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked.</source>
        <translation>Não salvo: corrija os campos marcados.</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Configurações de backup salvas.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Pasta de backup</translation>
    </message>
    <message>
        <source>Cannot read the backups: {error}</source>
        <translation>Não foi possível ler os backups: {error}</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (padrão)</translation>
    </message>
    <message>
        <source>⚠ No backup in {folder} yet.</source>
        <translation>⚠ Ainda não há backup em {folder}.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>Newest backup: {when} ({hours} h ago), {size}, {state}. 1 backup, {total} in {folder}</source>
        <translation>Backup mais recente: {when} (há {hours} h), {size}, {state}. 1 backup, {total} em {folder}</translation>
    </message>
    <message>
        <source>Newest backup: {when} ({hours} h ago), {size}, {state}. {count} backups, {total} in {folder}</source>
        <translation>Backup mais recente: {when} (há {hours} h), {size}, {state}. {count} backups, {total} em {folder}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALHOU</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Um backup já está em andamento.</translation>
    </message>
    <message>
        <source>Copying… %p%</source>
        <translation>Copiando… %p%</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Verificando a cópia…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Backed up and verified: {file} ({size}, {seconds} s)</source>
        <translation>Backup feito e verificado: {file} ({size}, {seconds} s)</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>O backup falhou: {reason}</translation>
    </message>
    <message>
        <source>Last status: {status}</source>
        <translation>Último status: {status}</translation>
    </message>
    <message>
        <source>Error: {code}</source>
        <translation>Erro: {code}</translation>
    </message>
    <message>
        <source>Session left open: not stopped by the charger</source>
        <translation>Carregador não encerrou</translation>
    </message>
    <message>
        <source>since {time}</source>
        <translation>desde {time}</translation>
    </message>
    <message>
        <source>Tag {id_tag}</source>
        <translation>Tag {id_tag}</translation>
    </message>
    <message>
        <source>SoC {percent} %</source>
        <translation>SoC {percent} %</translation>
    </message>
    <message>
        <source>{charger} connector {number}: {status}</source>
        <translation>{charger} conector {number}: {status}</translation>
    </message>
    <message>
        <source>Click or press Enter for details</source>
        <translation>Clique ou pressione Enter para ver os detalhes</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>não suportado</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>charger offline</source>
        <translation>carregador offline</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>{what}: waiting for the charger</source>
        <translation>{what}: aguardando o carregador</translation>
    </message>
    <message>
        <source>Free: a driver can plug in</source>
        <translation>Livre: um motorista pode conectar</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Plugged in or tag presented, not charging yet</source>
        <translation>Cabo conectado ou tag apresentada, ainda sem recarga</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Recarregando</translation>
    </message>
    <message>
        <source>Energy is flowing</source>
        <translation>A energia está fluindo</translation>
    </message>
    <message>
        <source>Paused by vehicle</source>
        <translation>Pausa do veículo</translation>
    </message>
    <message>
        <source>The vehicle does not take energy (full or paused)</source>
        <translation>O veículo não aceita energia (cheio ou em pausa)</translation>
    </message>
    <message>
        <source>Paused by charger</source>
        <translation>Pausa do carregador</translation>
    </message>
    <message>
        <source>The charger withholds energy (limit or schedule)</source>
        <translation>O carregador retém a energia (limite ou programação)</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Session over; waiting for the cable to be unplugged</source>
        <translation>Sessão encerrada; aguardando o cabo ser desconectado</translation>
    </message>
    <message>
        <source>Held for a reservation</source>
        <translation>Reservado para uma reserva</translation>
    </message>
    <message>
        <source>A vehicle is connected (OCPP 2.0.1)</source>
        <translation>Um veículo está conectado (OCPP 2.0.1)</translation>
    </message>
    <message>
        <source>Switched off by the operator or the charger</source>
        <translation>Desligado pelo operador ou pelo carregador</translation>
    </message>
    <message>
        <source>The charger reports an error</source>
        <translation>O carregador informa um erro</translation>
    </message>
    <message>
        <source>The charge point is not connected</source>
        <translation>O carregador não está conectado</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>Sem status</translation>
    </message>
    <message>
        <source>The charger has not reported this connector&apos;s status</source>
        <translation>O carregador ainda não informou o status deste conector</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>reservation</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>connector {number}</source>
        <translation>conector {number}</translation>
    </message>
    <message>
        <source>{state}, charger answered {answer}</source>
        <translation>{state}, o carregador respondeu {answer}</translation>
    </message>
    <message>
        <source>Cancel {driver}&apos;s reservation</source>
        <translation>Cancelar a reserva de {driver}</translation>
    </message>
    <message>
        <source>{charger} is not connected</source>
        <extracomment>2.0.1 commands whose answer changes what is stored (display messages, variables, monitors, firmware publications)</extracomment>
        <translation>{charger} não está conectado</translation>
    </message>
    <message>
        <source>{command} does not exist in {version}</source>
        <translation>{command} não existe em {version}</translation>
    </message>
    <message>
        <source>{charger} disconnected</source>
        <translation>{charger} desconectou</translation>
    </message>
    <message>
        <source>unreadable answer: {error}</source>
        <translation>resposta ilegível: {error}</translation>
    </message>
    <message>
        <source>cannot reach the other nodes: {error}</source>
        <translation>não foi possível alcançar os outros nós: {error}</translation>
    </message>
    <message>
        <source>accepted; it boots on its next connection</source>
        <translation>aceito; ele inicializa na próxima conexão</translation>
    </message>
    <message>
        <source>no tariff {tariff} to send</source>
        <translation>nenhuma tarifa {tariff} para enviar</translation>
    </message>
    <message>
        <source>enter a name that says who uses the token (e.g. home-assistant)</source>
        <translation>informe um nome que diga quem usa o token (ex.: home-assistant)</translation>
    </message>
    <message>
        <source>at most 100 characters</source>
        <translation>no máximo 100 caracteres</translation>
    </message>
    <message>
        <source>the role is attendant, manager or admin</source>
        <translation>a função é attendant, manager ou admin</translation>
    </message>
    <message>
        <source>1 to {most} requests per minute</source>
        <translation>de 1 a {most} requisições por minuto</translation>
    </message>
    <message>
        <source>no such token</source>
        <translation>token inexistente</translation>
    </message>
    <message>
        <source>the token {name} is already revoked</source>
        <translation>o token {name} já foi revogado</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be used: it is a file, not a folder</source>
        <translation>a pasta de backup {folder} não pode ser usada: é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be used: {reason}</source>
        <translation>a pasta de backup {folder} não pode ser usada: {reason}</translation>
    </message>
    <message>
        <source>not enough free space in {folder}: the backup needs about {needed}, {free} free</source>
        <translation>espaço livre insuficiente em {folder}: o backup precisa de cerca de {needed}, há {free} livres</translation>
    </message>
    <message>
        <source>an hour from 0 to 23</source>
        <translation>uma hora de 0 a 23</translation>
    </message>
    <message>
        <source>a full path, e.g. /mnt/backup/csms or D:\Backups</source>
        <translation>um caminho completo, ex.: /mnt/backup/csms ou D:\Backups</translation>
    </message>
    <message>
        <source>writing {folder} failed: {error}</source>
        <translation>a gravação em {folder} falhou: {error}</translation>
    </message>
    <message>
        <source>the database cannot be read: {error}</source>
        <translation>o banco de dados não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>another backup is running</source>
        <translation>outro backup está em andamento</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatório</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>{text} is not a two-letter country code</source>
        <translation>{text} não é um código de país de duas letras</translation>
    </message>
    <message>
        <source>{text} is not a Brazilian state (UF), e.g. DF, SP</source>
        <translation>{text} não é uma UF brasileira, ex.: DF, SP</translation>
    </message>
    <message>
        <source>{text} is not an email address</source>
        <translation>{text} não é um e-mail</translation>
    </message>
    <message>
        <source>pt_BR, th_TH or en</source>
        <translation>pt_BR, th_TH ou en</translation>
    </message>
    <message>
        <source>client number {number} is taken</source>
        <translation>o número de cliente {number} já está em uso</translation>
    </message>
    <message>
        <source>no client {id}</source>
        <translation>não há o cliente {id}</translation>
    </message>
    <message>
        <source>{client} has invoices and cannot be deleted</source>
        <translation>{client} tem faturas e não pode ser excluído</translation>
    </message>
    <message>
        <source>no driver {id}</source>
        <translation>não há o motorista {id}</translation>
    </message>
    <message>
        <source>a list of time windows</source>
        <translation>uma lista de faixas horárias</translation>
    </message>
    <message>
        <source>window {number} is not a window</source>
        <translation>a faixa {number} não é uma faixa horária</translation>
    </message>
    <message>
        <source>no such client</source>
        <translation>cliente inexistente</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code</source>
        <translation>{code} não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <source>(empty) is not an ISO 4217 currency code</source>
        <translation>(vazio) não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <source>0 to 1440 minutes</source>
        <translation>de 0 a 1440 minutos</translation>
    </message>
    <message>
        <source>{text} is not a whole number of minutes</source>
        <translation>{text} não é um número inteiro de minutos</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>uma data e hora</translation>
    </message>
    <message>
        <source>the name is too long (200 characters at most)</source>
        <translation>o nome é longo demais (no máximo 200 caracteres)</translation>
    </message>
    <message>
        <source>status must be ACTIVE, BLOCKED or EXPIRED, not {status}</source>
        <translation>o status deve ser ACTIVE, BLOCKED ou EXPIRED, não {status}</translation>
    </message>
    <message>
        <source>the licence plate is too long (20 characters at most)</source>
        <translation>a placa é longa demais (no máximo 20 caracteres)</translation>
    </message>
    <message>
        <source>the make is too long (60 characters at most)</source>
        <translation>a marca é longa demais (no máximo 60 caracteres)</translation>
    </message>
    <message>
        <source>the model is too long (60 characters at most)</source>
        <translation>o modelo é longo demais (no máximo 60 caracteres)</translation>
    </message>
    <message>
        <source>type must be ELECTRIC, HYBRID or PLUGIN_HYBRID</source>
        <translation>o tipo deve ser ELECTRIC, HYBRID ou PLUGIN_HYBRID</translation>
    </message>
    <message>
        <source>type the tag&apos;s value (the RFID card number)</source>
        <translation>digite o valor da tag (o número do cartão RFID)</translation>
    </message>
    <message>
        <source>a tag has {count} characters at most</source>
        <translation>uma tag tem no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>a tag uses letters, digits and ASCII symbols only</source>
        <translation>uma tag usa apenas letras, dígitos e símbolos ASCII</translation>
    </message>
    <message>
        <source>status must be ACCEPTED, BLOCKED, EXPIRED or INVALID</source>
        <translation>o status deve ser ACCEPTED, BLOCKED, EXPIRED ou INVALID</translation>
    </message>
    <message>
        <source>a group tag has {count} characters at most</source>
        <translation>uma tag de grupo tem no máximo {count} caracteres</translation>
    </message>
    <message>
        <source>a tag cannot be its own group</source>
        <translation>uma tag não pode ser o próprio grupo</translation>
    </message>
    <message>
        <source>the note is too long (200 characters at most)</source>
        <translation>a observação é longa demais (no máximo 200 caracteres)</translation>
    </message>
    <message>
        <source>{phone} is already registered to {driver}</source>
        <translation>{phone} já está cadastrado para {driver}</translation>
    </message>
    <message>
        <source>{phone} is already registered to another driver</source>
        <translation>{phone} já está cadastrado para outro motorista</translation>
    </message>
    <message>
        <source>this client does not exist any more</source>
        <translation>este cliente não existe mais</translation>
    </message>
    <message>
        <source>unknown status {status}</source>
        <translation>status desconhecido {status}</translation>
    </message>
    <message>
        <source>{driver} has 1 transaction; block the driver instead of deleting</source>
        <translation>{driver} tem 1 transação; bloqueie o motorista em vez de excluí-lo</translation>
    </message>
    <message>
        <source>{driver} has {count} transactions; block the driver instead of deleting</source>
        <translation>{driver} tem {count} transações; bloqueie o motorista em vez de excluí-lo</translation>
    </message>
    <message>
        <source>this driver does not exist any more</source>
        <translation>este motorista não existe mais</translation>
    </message>
    <message>
        <source>{plate} is already registered to {driver}</source>
        <translation>{plate} já está cadastrada para {driver}</translation>
    </message>
    <message>
        <source>this vehicle does not exist any more</source>
        <translation>este veículo não existe mais</translation>
    </message>
    <message>
        <source>a reason is required to force-close a transaction</source>
        <translation>é preciso um motivo para encerrar à força uma transação</translation>
    </message>
    <message>
        <source>no transaction {id}</source>
        <translation>não há a transação {id}</translation>
    </message>
    <message>
        <source>{plate} belongs to another driver</source>
        <translation>{plate} pertence a outro motorista</translation>
    </message>
    <message>
        <source>tag {tag} is already registered ({driver})</source>
        <translation>a tag {tag} já está cadastrada ({driver})</translation>
    </message>
    <message>
        <source>tag {tag} is already registered (no driver)</source>
        <translation>a tag {tag} já está cadastrada (sem motorista)</translation>
    </message>
    <message>
        <source>{kind}: nothing imported; {count} of {rows} row(s) rejected</source>
        <translation>{kind}: nada importado; {count} de {rows} linha(s) rejeitada(s)</translation>
    </message>
    <message>
        <source>{kind}: {created} created, {updated} updated</source>
        <translation>{kind}: {created} criados, {updated} atualizados</translation>
    </message>
    <message>
        <source>no client number {number}</source>
        <translation>não há o número de cliente {number}</translation>
    </message>
    <message>
        <source>unknown charge point(s): {chargers}</source>
        <translation>carregador(es) desconhecido(s): {chargers}</translation>
    </message>
    <message>
        <source>this tag does not exist any more</source>
        <translation>esta tag não existe mais</translation>
    </message>
    <message>
        <source>{what} must be a number</source>
        <translation>{what} deve ser um número</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}</source>
        <translation>{what} deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>the id is 1-80 letters, digits or _ . : -</source>
        <translation>o id tem de 1 a 80 letras, dígitos ou _ . : -</translation>
    </message>
    <message>
        <source>the kind is one of {kinds}</source>
        <translation>o tipo é um de {kinds}</translation>
    </message>
    <message>
        <source>the site has no parent</source>
        <translation>o local não tem nó pai</translation>
    </message>
    <message>
        <source>there is already a site node</source>
        <translation>já existe um nó de local</translation>
    </message>
    <message>
        <source>every node but the site has a parent</source>
        <translation>todo nó, exceto o local, tem um nó pai</translation>
    </message>
    <message>
        <source>no node {node}</source>
        <translation>não há o nó {node}</translation>
    </message>
    <message>
        <source>that parent is below this node (a cycle)</source>
        <translation>esse pai está abaixo deste nó (um ciclo)</translation>
    </message>
    <message>
        <source>a connector node hangs from a charger node</source>
        <translation>um nó de conector fica sob um nó de carregador</translation>
    </message>
    <message>
        <source>a charger or connector node names its charge point</source>
        <translation>um nó de carregador ou de conector indica o seu carregador</translation>
    </message>
    <message>
        <source>{charger} already has a charger node</source>
        <translation>{charger} já tem um nó de carregador</translation>
    </message>
    <message>
        <source>the connector is a whole number (1, 2, ...)</source>
        <translation>o conector é um número inteiro (1, 2, ...)</translation>
    </message>
    <message>
        <source>a connector node names its connector (1, 2, ...)</source>
        <translation>um nó de conector indica o seu conector (1, 2, ...)</translation>
    </message>
    <message>
        <source>the kW limit</source>
        <translation>o limite em kW</translation>
    </message>
    <message>
        <source>the current limit (A)</source>
        <translation>o limite de corrente (A)</translation>
    </message>
    <message>
        <source>the minimum (A)</source>
        <translation>o mínimo (A)</translation>
    </message>
    <message>
        <source>the fallback (A)</source>
        <translation>a corrente de reserva (A)</translation>
    </message>
    <message>
        <source>the margin (a fraction)</source>
        <translation>a margem (uma fração)</translation>
    </message>
    <message>
        <source>phases are L1, L2, L3 or a combination such as L1L2L3</source>
        <translation>as fases são L1, L2, L3 ou uma combinação como L1L2L3</translation>
    </message>
    <message>
        <source>the site still has nodes under it: delete them first</source>
        <translation>o local ainda tem nós abaixo dele: exclua-os primeiro</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>{who} is not allowed: {permission}</source>
        <translation>{who} não tem permissão: {permission}</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>pelo menos {count} caracteres</translation>
    </message>
    <message>
        <source>no spaces at the start or end</source>
        <translation>sem espaços no início ou no fim</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>as duas senhas são diferentes</translation>
    </message>
    <message>
        <source>enter a username</source>
        <translation>informe um usuário</translation>
    </message>
    <message>
        <source>2 to 64 letters, digits, dot, dash or underscore</source>
        <translation>de 2 a 64 letras, dígitos, ponto, hífen ou sublinhado</translation>
    </message>
    <message>
        <source>operators exist: an administrator must create new ones</source>
        <translation>já existem operadores: um administrador deve criar os novos</translation>
    </message>
    <message>
        <source>{username} is taken</source>
        <translation>{username} já está em uso</translation>
    </message>
    <message>
        <source>this account is not active</source>
        <translation>esta conta não está ativa</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>a senha atual está errada</translation>
    </message>
    <message>
        <source>no such operator</source>
        <translation>operador inexistente</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>você não pode desativar a sua própria conta</translation>
    </message>
    <message>
        <source>the last administrator stays active</source>
        <translation>o último administrador continua ativo</translation>
    </message>
    <message>
        <source>give the profile a name</source>
        <translation>dê um nome ao perfil</translation>
    </message>
    <message>
        <source>the name is too long (100 characters at most)</source>
        <translation>o nome é longo demais (no máximo 100 caracteres)</translation>
    </message>
    <message>
        <source>the unit is A, W or kW</source>
        <translation>a unidade é A, W ou kW</translation>
    </message>
    <message>
        <source>the stack level is a whole number from 0 to 100</source>
        <translation>o nível de pilha é um número inteiro de 0 a 100</translation>
    </message>
    <message>
        <source>choose TxDefaultProfile, TxProfile or ChargePointMaxProfile</source>
        <translation>escolha TxDefaultProfile, TxProfile ou ChargePointMaxProfile</translation>
    </message>
    <message>
        <source>the kind is Absolute, Relative or Recurring</source>
        <translation>o tipo é Absolute, Relative ou Recurring</translation>
    </message>
    <message>
        <source>a recurring profile repeats Daily or Weekly</source>
        <translation>um perfil recorrente se repete diária ou semanalmente</translation>
    </message>
    <message>
        <source>the duration is positive (or empty: until further notice)</source>
        <translation>a duração é positiva (ou vazia: até segunda ordem)</translation>
    </message>
    <message>
        <source>at most {days} day(s) for a {recurrency} profile</source>
        <translation>no máximo {days} dia(s) para um perfil {recurrency}</translation>
    </message>
    <message>
        <source>at most {days} day(s)</source>
        <translation>no máximo {days} dia(s)</translation>
    </message>
    <message>
        <source>&apos;valid to&apos; must be after &apos;valid from&apos;</source>
        <translation>&apos;até&apos; deve ser depois de &apos;de&apos;</translation>
    </message>
    <message>
        <source>the minimum rate is zero or more</source>
        <translation>a taxa mínima é zero ou mais</translation>
    </message>
    <message>
        <source>add at least one period starting at 0 s</source>
        <translation>adicione pelo menos um período começando em 0 s</translation>
    </message>
    <message>
        <source>at most {count} periods</source>
        <translation>no máximo {count} períodos</translation>
    </message>
    <message>
        <source>the first period starts at 0 s</source>
        <translation>o primeiro período começa em 0 s</translation>
    </message>
    <message>
        <source>row {row}: periods are in ascending order of start time</source>
        <translation>linha {row}: os períodos estão em ordem crescente de início</translation>
    </message>
    <message>
        <source>row {row}: starts after {days} day(s)</source>
        <translation>linha {row}: começa depois de {days} dia(s)</translation>
    </message>
    <message>
        <source>row {row}: starts after the profile&apos;s duration ({seconds} s)</source>
        <translation>linha {row}: começa depois da duração do perfil ({seconds} s)</translation>
    </message>
    <message>
        <source>row {row}: the limit must be more than 0</source>
        <translation>linha {row}: o limite deve ser maior que 0</translation>
    </message>
    <message>
        <source>row {row}: {limit} {unit} is above {maximum}</source>
        <translation>linha {row}: {limit} {unit} ultrapassa {maximum}</translation>
    </message>
    <message>
        <source>the connector&apos;s maximum of {amps} A</source>
        <translation>o máximo do conector, {amps} A</translation>
    </message>
    <message>
        <source>the charger&apos;s maximum of {kw} kW</source>
        <translation>o máximo do carregador, {kw} kW</translation>
    </message>
    <message>
        <source>a profile named {name} exists already</source>
        <translation>já existe um perfil chamado {name}</translation>
    </message>
    <message>
        <source>this profile does not exist any more</source>
        <translation>este perfil não existe mais</translation>
    </message>
    <message>
        <source>choose a charge point</source>
        <translation>escolha um carregador</translation>
    </message>
    <message>
        <source>{charger} has no connector {number}</source>
        <translation>{charger} não tem o conector {number}</translation>
    </message>
    <message>
        <source>a ChargePointMaxProfile applies to the whole charger (connector 0)</source>
        <translation>um ChargePointMaxProfile vale para o carregador inteiro (conector 0)</translation>
    </message>
    <message>
        <source>a TxProfile applies to one connector&apos;s transaction: choose the connector</source>
        <translation>um TxProfile vale para a transação de um conector: escolha o conector</translation>
    </message>
    <message>
        <source>no transaction is running on {charger} connector {number}; a TxProfile needs one</source>
        <translation>não há transação em andamento em {charger} conector {number}; um TxProfile precisa de uma</translation>
    </message>
    <message>
        <source>no command channel</source>
        <translation>sem canal de comandos</translation>
    </message>
    <message>
        <source>this profile was never sent to a charger</source>
        <translation>este perfil nunca foi enviado a um carregador</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>faulted</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>choose a driver</source>
        <translation>escolha um motorista</translation>
    </message>
    <message>
        <source>the driver is {status}</source>
        <translation>o motorista está {status}</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>o fim deve ser depois do início</translation>
    </message>
    <message>
        <source>this window is already over</source>
        <translation>este horário já passou</translation>
    </message>
    <message>
        <source>a reservation lasts 7 days at most</source>
        <translation>uma reserva dura no máximo 7 dias</translation>
    </message>
    <message>
        <source>tag {tag} is not one of this driver&apos;s tags</source>
        <translation>a tag {tag} não é uma das tags deste motorista</translation>
    </message>
    <message>
        <source>the driver has no accepted tag to present at the charger</source>
        <translation>o motorista não tem tag aceita para apresentar no carregador</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>em manutenção</translation>
    </message>
    <message>
        <source>the driver is blocked</source>
        <translation>o motorista está bloqueado</translation>
    </message>
    <message>
        <source>the driver is expired</source>
        <translation>o cadastro do motorista expirou</translation>
    </message>
    <message>
        <source>the reservation is already completed</source>
        <translation>a reserva já foi concluída</translation>
    </message>
    <message>
        <source>the reservation is already canceled</source>
        <translation>a reserva já foi cancelada</translation>
    </message>
    <message>
        <source>the reservation is already expired</source>
        <translation>a reserva já expirou</translation>
    </message>
    <message>
        <source>{charger} is {state}</source>
        <translation>{charger} está {state}</translation>
    </message>
    <message>
        <source>{charger} connector {number} is {state}</source>
        <translation>{charger} conector {number} está {state}</translation>
    </message>
    <message>
        <source>the whole charger</source>
        <translation>o carregador inteiro</translation>
    </message>
    <message>
        <source>overlaps {driver}&apos;s reservation of {where} on {charger}, {start} to {end}</source>
        <translation>sobrepõe a reserva de {driver} ({where}) em {charger}, de {start} a {end}</translation>
    </message>
    <message>
        <source>this reservation does not exist any more</source>
        <translation>esta reserva não existe mais</translation>
    </message>
    <message>
        <source>the reservation is already {state}</source>
        <translation>a reserva já está {state}</translation>
    </message>
    <message>
        <source>{charger} holds this reservation already: cancel it and book again</source>
        <translation>{charger} já guarda esta reserva: cancele-a e reserve de novo</translation>
    </message>
    <message>
        <source>integrity_check failed: {result}</source>
        <translation>integrity_check falhou: {result}</translation>
    </message>
    <message>
        <source>not a CSMS Desktop database (no {tables})</source>
        <translation>não é um banco de dados do CSMS Desktop (sem {tables})</translation>
    </message>
    <message>
        <source>made by a newer version of CSMS Desktop (schema {version}; this program knows up to {latest}): upgrade first</source>
        <translation>feito por uma versão mais nova do CSMS Desktop (esquema {version}; este programa conhece até {latest}): atualize primeiro</translation>
    </message>
    <message>
        <source>no manifest beside it (not compared)</source>
        <translation>sem manifesto ao lado (não comparado)</translation>
    </message>
    <message>
        <source>the file changed since the backup was made (its SHA-256 differs from the manifest&apos;s)</source>
        <translation>o arquivo mudou desde que o backup foi feito (o SHA-256 difere do manifesto)</translation>
    </message>
    <message>
        <source>its row counts differ from the manifest&apos;s</source>
        <translation>as contagens de linhas diferem das do manifesto</translation>
    </message>
    <message>
        <source>SHA-256 and row counts match its manifest</source>
        <translation>SHA-256 e contagens de linhas conferem com o manifesto</translation>
    </message>
    <message>
        <source>the current database cannot be copied cleanly ({error}); keeping its files as they are</source>
        <translation>o banco de dados atual não pode ser copiado corretamente ({error}); os arquivos dele são mantidos como estão</translation>
    </message>
    <message>
        <source>that file is the database itself</source>
        <translation>esse arquivo é o próprio banco de dados</translation>
    </message>
    <message>
        <source>checking {file}</source>
        <translation>verificando {file}</translation>
    </message>
    <message>
        <source>keeping a safety copy of the current database</source>
        <translation>guardando uma cópia de segurança do banco de dados atual</translation>
    </message>
    <message>
        <source>restoring into {target}</source>
        <translation>restaurando em {target}</translation>
    </message>
    <message>
        <source>enter an address, e.g. 0.0.0.0 for every interface</source>
        <translation>informe um endereço, ex.: 0.0.0.0 para todas as interfaces</translation>
    </message>
    <message>
        <source>an IP address (0.0.0.0, ::) or a host name</source>
        <translation>um endereço IP (0.0.0.0, ::) ou um nome de host</translation>
    </message>
    <message>
        <source>enter the site&apos;s name</source>
        <translation>informe o nome do local</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535</source>
        <translation>a porta deve estar entre 1 e 65535</translation>
    </message>
    <message>
        <source>heartbeat interval must be 10 s to 24 h</source>
        <translation>o intervalo de heartbeat deve ser de 10 s a 24 h</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>fuso horário desconhecido {zone}</translation>
    </message>
    <message>
        <source>choose reject, pending or accept</source>
        <translation>escolha reject, pending ou accept</translation>
    </message>
    <message>
        <source>security profile 0, 1, 2 or 3</source>
        <translation>perfil de segurança 0, 1, 2 ou 3</translation>
    </message>
    <message>
        <source>security profile {profile} needs wss://: switch tls_enabled on first</source>
        <translation>o perfil de segurança {profile} precisa de wss://: ative tls_enabled antes</translation>
    </message>
    <message>
        <source>switch on ws://, wss:// or both</source>
        <translation>ative ws://, wss:// ou ambos</translation>
    </message>
    <message>
        <source>{name} is not a host name or an address</source>
        <translation>{name} não é um nome de host nem um endereço</translation>
    </message>
    <message>
        <source>give both the certificate and its key, or neither</source>
        <translation>informe o certificado e a chave, ou nenhum dos dois</translation>
    </message>
    <message>
        <source>keep the log at least one day</source>
        <translation>mantenha o registro por pelo menos um dia</translation>
    </message>
    <message>
        <source>a three-letter ISO 4217 code, like THB or BRL</source>
        <translation>um código ISO 4217 de três letras, como THB ou BRL</translation>
    </message>
    <message>
        <source>day 1 to 28</source>
        <translation>dia 1 a 28</translation>
    </message>
    <message>
        <source>1 to 1000 connectors</source>
        <translation>de 1 a 1000 conectores</translation>
    </message>
    <message>
        <source>at least one transaction per tag</source>
        <translation>pelo menos uma transação por tag</translation>
    </message>
    <message>
        <source>10 s to 1 h</source>
        <translation>de 10 s a 1 h</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>zero ou mais</translation>
    </message>
    <message>
        <source>0 (off) or 10 s to 24 h</source>
        <translation>0 (desligado) ou de 10 s a 24 h</translation>
    </message>
    <message>
        <source>a site name has at most 100 characters</source>
        <translation>o nome do local tem no máximo 100 caracteres</translation>
    </message>
    <message>
        <source>choose the system&apos;s language, en, th or pt_BR</source>
        <translation>escolha o idioma do sistema, en, th ou pt_BR</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>arquivo inexistente: {path}</translation>
    </message>
    <message>
        <source>give both the certificate and its private key</source>
        <translation>informe o certificado e a sua chave privada</translation>
    </message>
    <message>
        <source>the e-mail address is too long (200 characters at most)</source>
        <translation>o e-mail é longo demais (no máximo 200 caracteres)</translation>
    </message>
    <message>
        <source>{text} is not an e-mail address (name@example.com)</source>
        <translation>{text} não é um e-mail (nome@exemplo.com)</translation>
    </message>
    <message>
        <source>{charger} did not answer {action} in {seconds} s</source>
        <translation>{charger} não respondeu {action} em {seconds} s</translation>
    </message>
    <message>
        <source>could not allocate an invoice number (another run is issuing?)</source>
        <translation>não foi possível reservar um número de fatura (outra emissão em andamento?)</translation>
    </message>
    <message>
        <source>an invoice run is already in progress</source>
        <translation>uma emissão de faturas já está em andamento</translation>
    </message>
    <message>
        <source>no invoice {id}</source>
        <translation>não há a fatura {id}</translation>
    </message>
    <message>
        <source>invoice {number} is {status}, only an ISSUED one can be corrected</source>
        <translation>a fatura {number} está {status}; só uma fatura ISSUED pode ser corrigida</translation>
    </message>
    <message>
        <source>an invoice run is in progress; try again when it ends</source>
        <translation>uma emissão de faturas está em andamento; tente de novo quando terminar</translation>
    </message>
    <message>
        <source>invoice {number} is already paid</source>
        <translation>a fatura {number} já está paga</translation>
    </message>
    <message>
        <source>invoice {number} is {status}</source>
        <translation>a fatura {number} está {status}</translation>
    </message>
    <message>
        <source>invoice {number} is not paid</source>
        <translation>a fatura {number} não está paga</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>o nome é obrigatório</translation>
    </message>
    <message>
        <source>at most 200 characters</source>
        <translation>no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>a latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>a longitude</translation>
    </message>
    <message>
        <source>power</source>
        <translation>a potência</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} não é um número</translation>
    </message>
    <message>
        <source>power must be more than 0 and at most {high} kW</source>
        <translation>a potência deve ser maior que 0 e no máximo {high} kW</translation>
    </message>
    <message>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what} deve estar entre {low} e {high}</translation>
    </message>
    <message>
        <source>give both latitude and longitude, or neither</source>
        <translation>informe latitude e longitude, ou nenhuma das duas</translation>
    </message>
    <message>
        <source>unknown connector type {type}</source>
        <translation>tipo de conector desconhecido {type}</translation>
    </message>
    <message>
        <source>month must be YYYY-MM (for example 2024-10), got {text}</source>
        <translation>o mês deve ser AAAA-MM (por exemplo 2024-10), recebido {text}</translation>
    </message>
    <message>
        <source>sessions in several currencies ({currencies}): one invoice has one currency</source>
        <translation>sessões em várias moedas ({currencies}): uma fatura tem uma só moeda</translation>
    </message>
    <message>
        <source>node {node} did not answer within {seconds} s</source>
        <translation>o nó {node} não respondeu em {seconds} s</translation>
    </message>
    <message>
        <source>Sit&amp;e:</source>
        <translation>Local (&amp;E):</translation>
    </message>
    <message>
        <source>The site (depot) every page shows</source>
        <translation>O local (garagem) que todas as páginas mostram</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <source>there is no site {site}</source>
        <translation>não existe o local {site}</translation>
    </message>
    <message>
        <source>there is no charge point {id}</source>
        <translation>não existe o carregador {id}</translation>
    </message>
    <message>
        <source>Above a value</source>
        <translation>Acima de um valor</translation>
    </message>
    <message>
        <source>Below a value</source>
        <translation>Abaixo de um valor</translation>
    </message>
    <message>
        <source>Changes by more than</source>
        <translation>Varia mais que</translation>
    </message>
    <message>
        <source>Every (seconds)</source>
        <translation>A cada (segundos)</translation>
    </message>
    <message>
        <source>Every (seconds, on the clock)</source>
        <translation>A cada (segundos, alinhado ao relógio)</translation>
    </message>
    <message>
        <source>Danger</source>
        <extracomment>OCPP 2.0.1 severity levels (part 2, 2.1.3.1)</extracomment>
        <translation>Perigo</translation>
    </message>
    <message>
        <source>Hardware failure</source>
        <translation>Falha de hardware</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>Falha do sistema</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Informativo</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depuração</translation>
    </message>
    <message>
        <source>The default (alerts and problems notify)</source>
        <translation>O padrão (alertas e problemas notificam)</translation>
    </message>
    <message>
        <source>A notification</source>
        <translation>Uma notificação</translation>
    </message>
    <message>
        <source>Only a log line</source>
        <translation>Só uma linha no log</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Todos os monitores</translation>
    </message>
    <message>
        <source>Factory default (custom monitors removed)</source>
        <translation>Padrão de fábrica (monitores personalizados removidos)</translation>
    </message>
    <message>
        <source>Hard-wired only</source>
        <translation>Somente os embutidos</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>In a transaction only</source>
        <translation>Só durante transação</translation>
    </message>
    <message>
        <source>Its event raises</source>
        <translation>O evento gera</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoramento</translation>
    </message>
    <message>
        <source>New monitor</source>
        <translation>Novo monitor</translation>
    </message>
    <message>
        <source>e.g. EVSE, ChargingStation, OCPPCommCtrlr</source>
        <translation>ex.: EVSE, ChargingStation, OCPPCommCtrlr</translation>
    </message>
    <message>
        <source>e.g. Power, AvailabilityState</source>
        <translation>ex.: Power, AvailabilityState</translation>
    </message>
    <message>
        <source>the whole station</source>
        <translation>a estação inteira</translation>
    </message>
    <message>
        <source>Only &amp;during a transaction</source>
        <translation>Somente &amp;durante uma transação</translation>
    </message>
    <message>
        <source>C&amp;omponent</source>
        <translation>C&amp;omponente</translation>
    </message>
    <message>
        <source>&amp;Variable</source>
        <translation>&amp;Variável</translation>
    </message>
    <message>
        <source>&amp;EVSE</source>
        <translation>&amp;EVSE</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Val&amp;ue</source>
        <translation>Va&amp;lor</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sever&amp;idade</translation>
    </message>
    <message>
        <source>Its event &amp;raises</source>
        <translation>O evento &amp;gera</translation>
    </message>
    <message>
        <source>&amp;Add to the checked stations</source>
        <translation>&amp;Adicionar às estações marcadas</translation>
    </message>
    <message>
        <source>Monitoring on the checked stations</source>
        <translation>Monitoramento nas estações marcadas</translation>
    </message>
    <message>
        <source>Set &amp;base</source>
        <translation>Definir &amp;base</translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>Definir &amp;nível</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Report events up to</source>
        <translation>Relatar eventos até</translation>
    </message>
    <message>
        <source>Monitors on the checked stations</source>
        <translation>Monitores nas estações marcadas</translation>
    </message>
    <message>
        <source>As&amp;k the stations</source>
        <translation>Cons&amp;ultar as estações</translation>
    </message>
    <message>
        <source>Read back the monitors of each checked station</source>
        <translation>Ler os monitores de cada estação marcada</translation>
    </message>
    <message>
        <source>Apply to selected</source>
        <translation>Aplicar aos selecionados</translation>
    </message>
    <message>
        <source>What an event of the selected monitors raises here</source>
        <translation>O que um evento dos monitores selecionados gera aqui</translation>
    </message>
    <message>
        <source>Their event raises</source>
        <translation>O evento deles gera</translation>
    </message>
    <message>
        <source>Name the component</source>
        <translation>Informe o componente</translation>
    </message>
    <message>
        <source>Name the variable</source>
        <translation>Informe a variável</translation>
    </message>
    <message>
        <source>The value must be more than 0 for this type</source>
        <translation>Para este tipo, o valor deve ser maior que 0</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Adicionar um monitor</translation>
    </message>
    <message>
        <source>Read the monitors</source>
        <translation>Ler os monitores</translation>
    </message>
    <message>
        <source>Select the monitors first</source>
        <translation>Selecione os monitores primeiro</translation>
    </message>
    <message>
        <source>Clear monitors</source>
        <translation>Apagar monitores</translation>
    </message>
    <message>
        <source>{n} monitor(s): their event raises {what}</source>
        <translation>{n} monitor(es): o evento gera {what}</translation>
    </message>
    <message>
        <source>Set the monitoring base</source>
        <translation>Definir a base de monitoramento</translation>
    </message>
    <message>
        <source>Set the monitoring level</source>
        <translation>Definir o nível de monitoramento</translation>
    </message>
    <message>
        <source>EVSEs</source>
        <translation>EVSEs</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>driver&apos;s</source>
        <translation>do motorista</translation>
    </message>
    <message>
        <source>Station&apos;s price</source>
        <translation>Preço da estação</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>Nosso preço</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Station&apos;s tariff</source>
        <translation>Tarifa da estação</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Conferido em</translation>
    </message>
    <message>
        <source>Station prices (OCPP 2.1)</source>
        <translation>Preços das estações (OCPP 2.1)</translation>
    </message>
    <message>
        <source>Tariffs on the stations (OCPP 2.1)</source>
        <translation>Tarifas nas estações (OCPP 2.1)</translation>
    </message>
    <message>
        <source>&amp;Stations (OCPP 2.1)</source>
        <translation>E&amp;stações (OCPP 2.1)</translation>
    </message>
    <message>
        <source>Tariffs the checked stations hold</source>
        <translation>Tarifas que as estações marcadas têm</translation>
    </message>
    <message>
        <source>Se&amp;nd the site&apos;s default tariff</source>
        <translation>E&amp;nviar a tarifa padrão do local</translation>
    </message>
    <message>
        <source>SetDefaultTariff on every EVSE, from the tariff in force on the Billing page</source>
        <translation>SetDefaultTariff em todos os EVSEs, com a tarifa em vigor na página Faturamento</translation>
    </message>
    <message>
        <source>GetTariffs: which tariffs each checked station holds</source>
        <translation>GetTariffs: quais tarifas cada estação marcada tem</translation>
    </message>
    <message>
        <source>The stations&apos; prices beside ours, per transaction</source>
        <translation>Os preços das estações ao lado dos nossos, por transação</translation>
    </message>
    <message>
        <source>&amp;Only the prices that differ</source>
        <translation>S&amp;omente os preços que divergem</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>could not price it</source>
        <translation>não conseguiu calcular o preço</translation>
    </message>
    <message>
        <source>{amount} excl. tax</source>
        <translation>{amount} sem impostos</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>não comparado</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>confere</translation>
    </message>
    <message>
        <source>{n} of {total} differ</source>
        <translation>{n} de {total} divergem</translation>
    </message>
    <message>
        <source>Send the default tariff</source>
        <translation>Enviar a tarifa padrão</translation>
    </message>
    <message>
        <source>Ask for the tariffs</source>
        <translation>Consultar as tarifas</translation>
    </message>
</context>
<context>
    <name>ChangePasswordForm</name>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Senha &amp;atual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nova senha &amp;novamente</translation>
    </message>
</context>
<context>
    <name>ChargerForm</name>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>shown everywhere instead of the identity</source>
        <translation>exibido em todo lugar no lugar da identidade</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>street, parking level, bay…</source>
        <translation>rua, andar do estacionamento, vaga…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 13.7563</source>
        <translation>-90 a 90, ex.: -15.7939</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. 100.5018</source>
        <translation>-180 a 180, ex.: -47.8828</translation>
    </message>
    <message>
        <source>Max power (kW)</source>
        <translation>Potência máxima (kW)</translation>
    </message>
    <message>
        <source>e.g. 22</source>
        <translation>ex.: 22</translation>
    </message>
    <message>
        <source>Tolerant validation (accept small schema deviations of quirky firmware)</source>
        <translation>Validação tolerante (aceita pequenos desvios de esquema de firmwares peculiares)</translation>
    </message>
    <message>
        <source>Connector types</source>
        <translation>Tipos de conector</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>HTTP Basic authentication (security profile 1)</source>
        <translation>Autenticação HTTP Basic (perfil de segurança 1)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Definir senha</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Remover senha</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Logradouro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Complement</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Bairro</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>BR: 71909-000 · TH: 10110</source>
        <translation>BR: 71909-000 · TH: 10110</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>BR: the UF, e.g. DF</source>
        <translation>BR: a UF, ex.: DF</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Documento fiscal</translation>
    </message>
    <message>
        <source>BR: CPF or CNPJ, with or without dots</source>
        <translation>BR: CPF ou CNPJ, com ou sem pontos</translation>
    </message>
    <message>
        <source>State registration</source>
        <translation>Inscrição estadual</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número do cliente</translation>
    </message>
    <message>
        <source>empty: next free</source>
        <translation>vazio: o próximo livre</translation>
    </message>
    <message>
        <source>Invoice language</source>
        <translation>Idioma da fatura</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Motoristas</translation>
    </message>
</context>
<context>
    <name>DriverForm</name>
    <message>
        <source>New driver</source>
        <translation>Novo motorista</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>as people type it: 081 234 5678</source>
        <translation>como as pessoas digitam: (11) 91234-5678</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Client (company)</source>
        <translation>Cliente (empresa)</translation>
    </message>
    <message>
        <source>Register driver</source>
        <translation>Cadastrar motorista</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Only a driver without transactions; block the others</source>
        <translation>Só um motorista sem transações; bloqueie os outros</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;No operator account exists yet. Create the &lt;b&gt;administrator&lt;/b&gt; account; the administrator can then add attendants and managers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bem-vindo&lt;/h2&gt;&lt;p&gt;Ainda não existe nenhuma conta de operador. Crie a conta de &lt;b&gt;administrador&lt;/b&gt;; o administrador poderá então adicionar atendentes e gerentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>ex.: admin</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nome completo</translation>
    </message>
    <message>
        <source>Full name (optional)</source>
        <translation>Nome completo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Senha &amp;novamente</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Criar administrador</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>ReservationForm</name>
    <message>
        <source>New reservation</source>
        <translation>Nova reserva</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Motorista</translation>
    </message>
    <message>
        <source>Charge point</source>
        <translation>Carregador</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Conector</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Create reservation</source>
        <translation>Criar reserva</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Configurações&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Site &amp;name</source>
        <translation>&amp;Nome do local</translation>
    </message>
    <message>
        <source>Le&amp;gal name</source>
        <translation>Razão so&amp;cial</translation>
    </message>
    <message>
        <source>as registered; printed on invoices</source>
        <translation>como registrado; impresso nas faturas</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>street; city; postal code (&apos;;&apos; starts a line)</source>
        <translation>logradouro; cidade; CEP (&apos;;&apos; inicia uma linha)</translation>
    </message>
    <message>
        <source>Ta&amp;x id</source>
        <translation>Documen&amp;to fiscal</translation>
    </message>
    <message>
        <source>CNPJ (BR) or the 13-digit tax id (TH)</source>
        <translation>CNPJ (BR) ou o número fiscal de 13 dígitos (TH)</translation>
    </message>
    <message>
        <source>&amp;Installation number</source>
        <translation>Número da &amp;instalação</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Site &amp;capacity</source>
        <translation>Capaci&amp;dade do local</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definida</translation>
    </message>
    <message>
        <source>OCPP server</source>
        <translation>Servidor OCPP</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>H&amp;eartbeat interval</source>
        <translation>Intervalo de heartbe&amp;at</translation>
    </message>
    <message>
        <source>Un&amp;known chargers</source>
        <translation>Carregadores desc&amp;onhecidos</translation>
    </message>
    <message>
        <source>Securit&amp;y profile</source>
        <translation>Perfil de seg&amp;urança</translation>
    </message>
    <message>
        <source>Keep &amp;message log</source>
        <translation>Manter o &amp;log de mensagens</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Free charging</source>
        <translation>Recarga &amp;gratuita</translation>
    </message>
    <message>
        <source>Anyone may charge, no tag check</source>
        <translation>Qualquer um pode carregar, sem checar a tag</translation>
    </message>
    <message>
        <source>Host and port changes apply at the next start of CSMS Desktop.</source>
        <translation>Mudanças de host e porta valem a partir da próxima inicialização do CSMS Desktop.</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operação</translation>
    </message>
    <message>
        <source>&amp;Lock when idle</source>
        <translation>&amp;Bloquear quando ocioso</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Invoice &amp;due</source>
        <translation>&amp;Vencimento da fatura</translation>
    </message>
    <message>
        <source>day </source>
        <translation>dia </translation>
    </message>
    <message>
        <source>Inte&amp;rface language</source>
        <translation>Idioma da inte&amp;rface</translation>
    </message>
    <message>
        <source>The interface language applies at the next start of CSMS Desktop.</source>
        <translation>O idioma da interface vale a partir da próxima inicialização do CSMS Desktop.</translation>
    </message>
    <message>
        <source>Revert (Esc)</source>
        <translation>Reverter (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Salvar (Enter)</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>the card&apos;s number</source>
        <translation>o número do cartão</translation>
    </message>
    <message>
        <source>Register the next presented card</source>
        <translation>Cadastrar o próximo cartão apresentado</translation>
    </message>
    <message>
        <source>Present the new card at any charger: it is refused there (unknown) and its number is filled in here.</source>
        <translation>Apresente o novo cartão em qualquer carregador: ele é recusado lá (desconhecido) e seu número é preenchido aqui.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expira</translation>
    </message>
    <message>
        <source>Group (parent)</source>
        <translation>Grupo (tag principal)</translation>
    </message>
    <message>
        <source>group tag (optional)</source>
        <translation>tag do grupo (opcional)</translation>
    </message>
    <message>
        <source>Allowed chargers</source>
        <translation>Carregadores permitidos</translation>
    </message>
    <message>
        <source>every charger (or: CP001, CP002)</source>
        <translation>todos os carregadores (ou: CP001, CP002)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Adicionar tag</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>TariffForm</name>
    <message>
        <source>New tariff</source>
        <translation>Nova tarifa</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Aplica-se a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>e.g. Site 2025</source>
        <translation>ex.: Local 2025</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Price per kWh</source>
        <translation>Preço por kWh</translation>
    </message>
    <message>
        <source>outside the windows</source>
        <translation>fora das janelas</translation>
    </message>
    <message>
        <source>Time windows</source>
        <translation>Janelas de horário</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Price/kWh</source>
        <translation>Preço/kWh</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Adicionar janela</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Remover janela</translation>
    </message>
    <message>
        <source>Session fee</source>
        <translation>Taxa por sessão</translation>
    </message>
    <message>
        <source>Idle fee per minute</source>
        <translation>Taxa de ociosidade por minuto</translation>
    </message>
    <message>
        <source>Idle grace (minutes)</source>
        <translation>Carência de ociosidade (minutos)</translation>
    </message>
    <message>
        <source>Tax (%)</source>
        <translation>Imposto (%)</translation>
    </message>
    <message>
        <source>percent, e.g. 7</source>
        <translation>percentual, ex.: 7</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>Preços incluem impostos</translation>
    </message>
    <message>
        <source>Effective from (site time)</source>
        <translation>Vigente a partir de (hora do local)</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>Adicionar tarifa</translation>
    </message>
    <message>
        <source>Change from date</source>
        <translation>Alterar a partir da data</translation>
    </message>
    <message>
        <source>A new tariff for the same client (or the site) from the date above; the selected one keeps its past prices.</source>
        <translation>Uma nova tarifa para o mesmo cliente (ou o local) a partir da data acima; a selecionada mantém seus preços passados.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Only a tariff that priced no session</source>
        <translation>Só uma tarifa que não precificou nenhuma sessão</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <source>Licence plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>Adicionar veículo</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
</TS>
