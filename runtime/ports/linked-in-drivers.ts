// The drivers linked into the runtime, which erl_ddll reports (loaded_drivers/0, info/2) and
// cannot load or unload, and which open_port({spawn_driver, Name}, ...) opens. erts links
// tcp_inet, udp_inet, sctp_inet, ram_file_drv and tty_sl in; beamjs has tcp_inet and udp_inet
// (its fd and spawn ports erts does not list either). A driver file registers its name here.

const drivers: string[] = [];

export function registerLinkedInDriver(name: string): void {
  if (!drivers.includes(name)) drivers.push(name);
}

/** The linked-in drivers, in the order they were registered. */
export function linkedInDrivers(): readonly string[] {
  return drivers;
}
